terraform {
  backend "s3" {
    bucket                      = "tfstate"
    key                         = "dns/terraform.tfstate"
    region                      = "auto"
    endpoints                   = { s3 = "https://{{hex32}}.r2.cloudflarestorage.com" }
    skip_credentials_validation = true
    skip_region_validation      = true
    skip_requesting_account_id  = true
    use_path_style              = true
  }
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}
