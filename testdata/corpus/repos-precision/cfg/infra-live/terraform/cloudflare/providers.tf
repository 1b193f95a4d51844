terraform {
  required_version = ">= 1.6"

  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.38"
    }
  }

  backend "s3" {
    bucket         = "acme-terraform-state"
    key            = "cloudflare/prod.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "terraform-locks"
    encrypt        = true
  }
}

# Token is injected by CI from the TF_VAR_cloudflare_api_token masked variable.
provider "cloudflare" {
  api_token = var.cloudflare_api_token
}
