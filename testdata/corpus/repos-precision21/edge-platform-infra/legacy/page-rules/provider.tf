# Legacy Page Rules stack (pre-Rulesets).
#
# This directory predates the move to scoped API tokens and is applied by hand
# from a workstation (`vault login -method=oidc` first). The credentials are
# read from Vault like everything else, nothing is stored in the repo.
#
# TODO(NET-412): port these page rules to cloudflare_ruleset in ../../terraform
# and delete this directory.

terraform {
  required_version = ">= 1.5.0"

  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 3.35"
    }
    vault = {
      source  = "hashicorp/vault"
      version = "~> 3.23"
    }
  }

  backend "s3" {
    bucket         = "acme-edge-tfstate"
    key            = "cloudflare/legacy-page-rules.tfstate"
    region         = "eu-central-1"
    dynamodb_table = "acme-edge-tflock"
    encrypt        = true
  }
}

provider "vault" {}

data "vault_kv_secret_v2" "cloudflare_legacy" {
  mount = "kv"
  name  = "cloudflare/legacy-owner"
}

provider "cloudflare" {
  email   = data.vault_kv_secret_v2.cloudflare_legacy.data["email"]
  api_key = data.vault_kv_secret_v2.cloudflare_legacy.data["global_api_key"]
}

variable "zone_id" {
  type = string
}

resource "cloudflare_page_rule" "legacy_blog_redirect" {
  zone_id  = var.zone_id
  target   = "blog.example.net/*"
  priority = 1

  actions {
    forwarding_url {
      url         = "https://www.example.net/blog/$1"
      status_code = 301
    }
  }
}

resource "cloudflare_page_rule" "cache_static" {
  zone_id  = var.zone_id
  target   = "www.example.net/static/*"
  priority = 2

  actions {
    cache_level       = "cache_everything"
    edge_cache_ttl    = 86400
    browser_cache_ttl = 14400
  }
}
