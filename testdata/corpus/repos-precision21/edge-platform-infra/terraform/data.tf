# ---------------------------------------------------------------------------
# Secrets are never passed as plain variables in CI. Everything Cloudflare-related
# is read at plan time from Vault (KV v2, mount "kv") or AWS Secrets Manager.
# ---------------------------------------------------------------------------

data "vault_kv_secret_v2" "cloudflare" {
  mount = "kv"
  name  = "cloudflare/terraform"
}

data "vault_kv_secret_v2" "access_service_tokens" {
  mount = "kv"
  name  = "cloudflare/access/service-tokens"
}

data "aws_secretsmanager_secret" "cf_token_admin" {
  name = "prod/cloudflare/api-token-admin"
}

data "aws_secretsmanager_secret_version" "cf_token_admin" {
  secret_id = data.aws_secretsmanager_secret.cf_token_admin.id
}

data "cloudflare_api_token_permission_groups" "all" {
  provider = cloudflare.token_admin
}

data "cloudflare_zone" "main" {
  zone_id = var.cloudflare_zone_id
}

locals {
  # Access service token used by the synthetic monitor; id is not secret, secret stays in Vault
  monitor_access_client_id     = data.vault_kv_secret_v2.access_service_tokens.data["monitor_client_id"]
  monitor_access_client_secret = sensitive(data.vault_kv_secret_v2.access_service_tokens.data["monitor_client_secret"])
}
