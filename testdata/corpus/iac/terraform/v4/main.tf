terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.0"
    }
  }
}

variable "cloudflare_email" {
  type    = string
  default = "ops@example.com"
}

variable "cloudflare_api_key" {
  type      = string
  sensitive = true
  default   = "{{hex37}}"
}

provider "cloudflare" {
  email   = var.cloudflare_email
  api_key = var.cloudflare_api_key
}
