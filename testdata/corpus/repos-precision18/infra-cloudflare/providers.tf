terraform {
  required_version = ">= 1.6"

  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.45"
    }
  }

  # State in R2 via the S3 backend. Credentials come from AWS_ACCESS_KEY_ID /
  # AWS_SECRET_ACCESS_KEY in the CI environment (R2 API token "tf-state").
  backend "s3" {
    bucket                      = "acme-terraform-state"
    key                         = "cloudflare/prod.tfstate"
    region                      = "auto"
    endpoints                   = { s3 = "https://{{hex32#acct}}.r2.cloudflarestorage.com" }
    skip_credentials_validation = true
    skip_region_validation      = true
    skip_requesting_account_id  = true
    skip_metadata_api_check     = true
    skip_s3_checksum            = true
    use_path_style              = true
  }
}

# Scoped API token (Zone DNS Edit, Access Edit, Logs Edit, Workers Edit).
# Set TF_VAR_cloudflare_api_token in CI; never put it in a tfvars file.
provider "cloudflare" {
  api_token = var.cloudflare_api_token
}
