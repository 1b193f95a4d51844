terraform {
  required_version = ">= 1.6.0"

  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.34"
    }
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.53"
    }
  }

  backend "s3" {
    bucket         = "northwind-tfstate"
    key            = "platform/cloudflare.tfstate"
    region         = "eu-central-1"
    dynamodb_table = "tf-locks"
    encrypt        = true
  }
}

# Token comes from TF_VAR_cloudflare_api_token (GitHub Actions secret).
# Scopes: Zone:DNS:Edit, Zone:Zone Settings:Edit, Account:Cloudflare Tunnel:Edit.
provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

provider "aws" {
  region = "eu-central-1"
}

variable "cloudflare_api_token" {
  type        = string
  sensitive   = true
  description = "Scoped Cloudflare API token (40 chars). Never commit a default."
}

variable "cloudflare_account_id" {
  type    = string
  default = "5860b3e48b32544e7361bdf7539d4547"
}
