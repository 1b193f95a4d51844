terraform {
  required_version = ">= 1.5.0"

  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
    datadog = {
      source  = "DataDog/datadog"
      version = "~> 3.39"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
  }

  backend "s3" {
    bucket         = "northwind-tfstate"
    key            = "edge/cloudflare.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "northwind-tf-locks"
    encrypt        = true
  }
}

# Scoped token: Zone:Edit, DNS:Edit, Load Balancers:Edit, Logs:Edit,
# Cloudflare Tunnel:Edit. Injected by CI as TF_VAR_cloudflare_api_token.
provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

# Datadog is only used for the Logpush destination + monitors on origin health.
provider "datadog" {
  api_key = var.datadog_api_key
  app_key = var.datadog_app_key
  api_url = "https://api.datadoghq.eu/"
}
