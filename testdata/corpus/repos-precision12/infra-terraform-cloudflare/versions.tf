terraform {
  required_version = ">= 1.6.0"

  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
  }

  backend "s3" {
    bucket         = "example-tfstate-prod"
    key            = "cloudflare/edge.tfstate"
    region         = "eu-central-1"
    dynamodb_table = "tfstate-locks"
    encrypt        = true
  }
}

# The token is supplied as TF_VAR_cloudflare_api_token (CI) or CLOUDFLARE_API_TOKEN.
provider "cloudflare" {
  api_token = var.cloudflare_api_token
}
