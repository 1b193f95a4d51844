# Root terragrunt config. State lives in an R2 bucket (S3-compatible API).
locals {
  account_vars = read_terragrunt_config(find_in_parent_folders("account.hcl", "account.hcl"), { locals = {} })
  r2_account   = "{{hex32}}"
}

remote_state {
  backend = "s3"
  generate = {
    path      = "backend.tf"
    if_exists = "overwrite_terragrunt"
  }
  config = {
    bucket                      = "tfstate-ferncastle"
    key                         = "${path_relative_to_include()}/terraform.tfstate"
    region                      = "auto"
    endpoint                    = "https://${local.r2_account}.r2.cloudflarestorage.com"
    skip_credentials_validation = true
    skip_region_validation      = true
    skip_metadata_api_check     = true
    force_path_style            = true
    # AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY are exported by `op run` in the Makefile
  }
}

generate "provider" {
  path      = "provider.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<EOF
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }
}

provider "cloudflare" {
  api_token = "${get_env("CLOUDFLARE_API_TOKEN")}"
}
EOF
}
