terraform {
  backend "s3" {
    bucket = "terraform-state"
    key    = "cloudflare/prod/terraform.tfstate"
    region = "auto"

    endpoints = {
      s3 = "https://{{hex32}}.r2.cloudflarestorage.com"
    }
    access_key = "{{hex32}}"
    secret_key = "{{hex64}}"

    skip_credentials_validation = true
    skip_region_validation      = true
    skip_requesting_account_id  = true
    skip_metadata_api_check     = true
    skip_s3_checksum            = true
    use_path_style              = true
  }
}
