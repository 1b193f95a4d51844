terraform {
  required_providers {
    cfzt = {
      source  = "cfzt/cfzt"
      version = "~> 0.6"
    }
  }
}

# Token comes from CLOUDFLARE_API_TOKEN when api_token is omitted.
provider "cfzt" {
  api_token  = var.cloudflare_api_token
  account_id = var.cloudflare_account_id
}

variable "cloudflare_api_token" {
  type        = string
  sensitive   = true
  description = "Scoped API token with Access and Tunnel edit permissions."
}

variable "cloudflare_account_id" {
  type    = string
  default = "f037e56e89293a057740de681ac9abbe"
}
