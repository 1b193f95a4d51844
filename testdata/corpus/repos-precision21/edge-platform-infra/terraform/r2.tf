resource "cloudflare_r2_bucket" "backups" {
  account_id = var.cloudflare_account_id
  name       = var.r2_backup_bucket
  location   = "WEUR"
}

# Bucket-scoped token for the backup job. R2's S3-compatible credentials are derived
# from it: Access Key ID = token id, Secret Access Key = SHA-256 of the token value.
resource "cloudflare_api_token" "r2_backups" {
  provider = cloudflare.token_admin
  name     = "r2-${var.r2_backup_bucket}-rw"

  policy {
    permission_groups = [
      data.cloudflare_api_token_permission_groups.all.r2["Workers R2 Storage Bucket Item Write"],
      data.cloudflare_api_token_permission_groups.all.r2["Workers R2 Storage Bucket Item Read"],
    ]
    resources = {
      "com.cloudflare.edge.r2.bucket.${var.cloudflare_account_id}_default_${cloudflare_r2_bucket.backups.name}" = "*"
    }
  }

  expires_on = timeadd(plantimestamp(), "2160h")

  lifecycle {
    ignore_changes = [expires_on]
  }
}

resource "vault_kv_secret_v2" "r2_backups" {
  mount = "kv"
  name  = "cloudflare/r2/backups"

  data_json = jsonencode({
    endpoint          = "https://${var.cloudflare_account_id}.r2.cloudflarestorage.com"
    bucket            = cloudflare_r2_bucket.backups.name
    access_key_id     = cloudflare_api_token.r2_backups.id
    secret_access_key = sha256(cloudflare_api_token.r2_backups.value)
  })
}

output "r2_endpoint" {
  value = "https://${var.cloudflare_account_id}.r2.cloudflarestorage.com"
}

output "r2_backups_access_key_id" {
  value = cloudflare_api_token.r2_backups.id
}

output "r2_backups_secret_access_key" {
  value     = sha256(cloudflare_api_token.r2_backups.value)
  sensitive = true
}
