terraform {
  required_version = ">= 1.7.0"

  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
    vault = {
      source  = "hashicorp/vault"
      version = "~> 4.3"
    }
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
  }

  backend "s3" {
    bucket         = "acme-edge-tfstate"
    key            = "cloudflare/edge-platform.tfstate"
    region         = "eu-central-1"
    dynamodb_table = "acme-edge-tflock"
    encrypt        = true
  }
}

# VAULT_ADDR / VAULT_TOKEN come from the CI job (JWT login, see .github/workflows/terraform.yml)
# or from `vault login -method=oidc` on a workstation.
provider "vault" {
  skip_child_token = true
}

provider "aws" {
  region = "eu-central-1"
}

# Scoped token "terraform-edge" (Zone:DNS:Edit, Zone:Zone Settings:Edit, Account:Cloudflare Tunnel:Edit,
# Account:Workers R2 Storage:Edit). Rotated every 90 days by the token-rotation job.
# var.cloudflare_api_token is only an override for local experiments and is normally null.
provider "cloudflare" {
  api_token = coalesce(var.cloudflare_api_token, data.vault_kv_secret_v2.cloudflare.data["api_token"])
}

# Separate provider for minting per-service tokens; its own token only has
# "API Tokens: Edit" and lives in AWS Secrets Manager, not Vault.
provider "cloudflare" {
  alias     = "token_admin"
  api_token = data.aws_secretsmanager_secret_version.cf_token_admin.secret_string
}
