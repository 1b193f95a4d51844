terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.38"
    }
  }

  backend "s3" {
    bucket         = "pf-terraform-state"
    key            = "edge/terraform.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "pf-terraform-locks"
    encrypt        = true
  }
}

variable "cloudflare_email" {
  type    = string
  default = "studio-ops@pixelforge.gg"
}

variable "cloudflare_api_key" {
  type      = string
  sensitive = true
}

variable "account_id" {
  type    = string
  default = "0d7c3a9e5b1f48e2a6c0d4b8e9f2a173"
}

# The studio account was created before API tokens existed and the zone
# transfer to the publisher org is still pending (PF-882).
provider "cloudflare" {
  email   = var.cloudflare_email
  api_key = var.cloudflare_api_key
}

resource "cloudflare_r2_bucket" "asset_bundles" {
  account_id = var.account_id
  name       = "pf-asset-bundles"
  location   = "WEUR"
}

resource "cloudflare_r2_bucket" "leaderboard_snapshots" {
  account_id = var.account_id
  name       = "pf-leaderboard-snapshots"
  location   = "WEUR"
}

resource "cloudflare_workers_kv_namespace" "matchmaking" {
  account_id = var.account_id
  title      = "pf-matchmaking"
}

resource "cloudflare_record" "snapshots" {
  zone_id = "5a9c1e7f3b0d42e8a6c4f1b9d7e03a52"
  name    = "snapshots"
  type    = "CNAME"
  content = "pub-pf-leaderboard-snapshots.r2.dev"
  proxied = true
}
