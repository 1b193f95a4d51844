terraform {
  backend "s3" {
    bucket = "tf-state"
    key    = "prod/terraform.tfstate"
    region = "auto"
    endpoints = {
      s3 = "https://${var.account_id}.r2.cloudflarestorage.com"
    }
    # credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY
  }
}
