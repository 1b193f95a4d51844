terraform {
  required_version = ">= 1.6"

  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 5.8"
    }
  }

  backend "s3" {
    bucket                      = "tfstate-edge"
    key                         = "edge-gateway/terraform.tfstate"
    region                      = "auto"
    endpoints                   = { s3 = "https://tfstate.example-retail.internal" }
    skip_credentials_validation = true
    skip_region_validation      = true
    skip_requesting_account_id  = true
    use_path_style              = true
  }
}

variable "cloudflare_api_token" {
  description = "Scoped token (Zone DNS edit, Zone settings edit) - supplied via TF_VAR_cloudflare_api_token"
  type        = string
  sensitive   = true
}

variable "account_id" {
  type    = string
  default = "{{hex32}}"
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token

  # Plain http so the transparent egress proxy can log plan/apply requests
  # while we debug NET-3317.  Revert afterwards!
  base_url = "http://api.cloudflare.com/client/v4"

  user_agent_operator_suffix = "edge-gateway-tf"
}
