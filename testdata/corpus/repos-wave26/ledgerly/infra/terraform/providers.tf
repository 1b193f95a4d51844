terraform {
  required_version = ">= 1.6.0"

  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
  }

  # State used to live in S3; moved to local state during the account
  # migration (see ops/README). Do NOT commit terraform.tfstate.
  # backend "s3" {
  #   bucket = "ledgerly-tfstate"
  #   key    = "prod/terraform.tfstate"
  #   region = "eu-central-1"
  # }
}

variable "cloudflare_api_token" {
  description = "API token with Zone:DNS:Edit, Access:Edit and Tunnel:Edit on the ledgerly account"
  type        = string
  sensitive   = true
}

variable "cloudflare_account_id" {
  type = string
}

variable "aws_region" {
  type    = string
  default = "eu-central-1"
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

provider "aws" {
  region = var.aws_region

  default_tags {
    tags = {
      project    = "ledgerly"
      managed_by = "terraform"
    }
  }
}
