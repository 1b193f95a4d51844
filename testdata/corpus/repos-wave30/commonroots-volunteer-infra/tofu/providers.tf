# OpenTofu >= 1.7 -- DNS records, the Pages project and R2 buckets for commonroots.example
#
#   export TF_VAR_cloudflare_api_token=...        # Bitwarden: "CR tofu token"
#   export TF_VAR_state_passphrase=...            # Bitwarden: "CR tofu state passphrase"
#   tofu init && tofu plan

terraform {
  required_version = ">= 1.7.0"

  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 5.3"
    }
  }

  # OpenTofu client-side state encryption (state lives in the repo's private fork)
  encryption {
    key_provider "pbkdf2" "volunteers" {
      passphrase = var.state_passphrase
    }
    method "aes_gcm" "default" {
      keys = key_provider.pbkdf2.volunteers
    }
    state {
      method   = method.aes_gcm.default
      enforced = true
    }
  }
}

variable "cloudflare_api_token" {
  description = "Scoped token: Zone DNS Edit, Pages Edit, Workers R2 Storage Edit"
  type        = string
  sensitive   = true
}

variable "state_passphrase" {
  type      = string
  sensitive = true
}

variable "account_id" {
  type    = string
  default = "{{hex32}}"
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

resource "cloudflare_r2_bucket" "backups" {
  account_id = var.account_id
  name       = "commonroots-backups"
  location   = "weur"
}

resource "cloudflare_pages_project" "site" {
  account_id        = var.account_id
  name              = "commonroots-site"
  production_branch = "main"
}
