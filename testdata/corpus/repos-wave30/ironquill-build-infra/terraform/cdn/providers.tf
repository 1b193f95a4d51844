# Cloudflare edge for patch/CDN delivery (cdn.ironquill.example, patch.ironquill.example)
#
# State is still local (terraform.tfstate next to this file) -- BUILD-812 moves it
# to the R2 bucket below once the build-farm uploader has its own scoped key.
terraform {
  required_version = ">= 1.6"

  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
  }

  # backend "s3" {
  #   bucket                      = "ironquill-tfstate"
  #   key                         = "cdn/terraform.tfstate"
  #   region                      = "auto"
  #   endpoints                   = { s3 = "https://{{hex32}}.r2.cloudflarestorage.com" }
  #   skip_credentials_validation = true
  #   skip_region_validation      = true
  #   skip_requesting_account_id  = true
  #   skip_s3_checksum            = true
  #   use_path_style              = true
  # }
}

# Token is passed as TF_VAR_cloudflare_api_token by CI (see .github/workflows/terraform.yml)
provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

variable "cloudflare_api_token" {
  description = "Scoped token: Zone:Edit, DNS:Edit, Cache Purge, API Tokens:Edit, Cloudflare Tunnel:Edit"
  type        = string
  sensitive   = true
}

variable "cloudflare_account_id" {
  type    = string
  default = "{{hex32}}"
}

variable "cloudflare_zone_id" {
  type    = string
  default = "{{hex32}}"
}
