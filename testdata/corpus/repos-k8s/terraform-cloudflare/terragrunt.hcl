# Root terragrunt config, included by every unit under live/
remote_state {
  backend = "s3"
  generate = {
    path      = "backend.tf"
    if_exists = "overwrite_terragrunt"
  }
  config = {
    bucket                      = "tg-state"
    key                         = "${path_relative_to_include()}/terraform.tfstate"
    region                      = "auto"
    endpoint                    = "https://${get_env("R2_ACCOUNT_ID")}.r2.cloudflarestorage.com"
    access_key                  = get_env("R2_ACCESS_KEY_ID")
    secret_key                  = get_env("R2_SECRET_ACCESS_KEY")
    skip_credentials_validation = true
    skip_region_validation      = true
    skip_bucket_versioning      = true
    force_path_style            = true
  }
}

generate "provider" {
  path      = "provider.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<EOT
provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

# Origin CA certificates (cloudflare_origin_ca_certificate) still need the service key
provider "cloudflare" {
  alias                = "origin_ca"
  api_user_service_key = "{{origin}}"
}
EOT
}
