terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 5.0"
    }
  }
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

variable "account_id" {
  type = string
}

variable "r2_bucket_write_group_id" {
  type        = string
  description = "Permission group id for 'Workers R2 Storage Bucket Item Write'"
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

resource "cloudflare_r2_bucket" "db_dumps" {
  account_id = var.account_id
  name       = "ops-db-dumps"
  location   = "WEUR"
}

# Backup writer for the database hosts.
resource "cloudflare_api_token" "r2_backup_writer" {
  name = "r2-backup-writer"
  policies = [{
    effect            = "allow"
    permission_groups = [{ id = var.r2_bucket_write_group_id }]
    resources = {
      "com.cloudflare.api.account.*" = "*"
    }
  }]
  expires_on = "2026-06-30T00:00:00Z"
}

output "r2_backup_writer_token_id" {
  value = cloudflare_api_token.r2_backup_writer.id
}
