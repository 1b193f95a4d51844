# Remote state lives in an R2 bucket of the platform account.
# R2 speaks the S3 API, so we use the s3 backend with the AWS-only checks
# disabled. (Terraform >= 1.6 syntax: `endpoints = { s3 = ... }`.)

terraform {
  backend "s3" {
    bucket = "platform-tfstate"
    key    = "edge/terraform.tfstate"
    region = "auto"

    endpoints = {
      s3 = "https://{{hex32#r2acct}}.r2.cloudflarestorage.com"
    }

    # R2 API token "tfstate-rw" (Object Read & Write on platform-tfstate)
    access_key = "{{hex32}}"
    secret_key = "{{hex64}}"

    use_path_style              = true
    skip_credentials_validation = true
    skip_region_validation      = true
    skip_requesting_account_id  = true
    skip_metadata_api_check     = true
    skip_s3_checksum            = true
  }
}
