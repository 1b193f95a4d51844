# Legacy stack: page rules and origin certificates that predate API tokens.
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 3.35"
    }
  }
}

variable "cloudflare_email" {
  type = string
}

variable "cloudflare_api_key" {
  type      = string
  sensitive = true
}

variable "origin_ca_key" {
  type      = string
  sensitive = true
}

provider "cloudflare" {
  email                = var.cloudflare_email
  api_key              = var.cloudflare_api_key
  api_user_service_key = var.origin_ca_key
}

resource "cloudflare_origin_ca_certificate" "www" {
  csr                = file("${path.module}/csr/www.csr")
  hostnames          = ["www.example.com", "example.com"]
  request_type       = "origin-rsa"
  requested_validity = 5475
}
