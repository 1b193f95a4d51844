terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }
}

# Only used for cloudflare_origin_ca_certificate, which needs the Origin CA key
provider "cloudflare" {
  alias                = "origin_ca"
  api_user_service_key = "{{origin}}"
}

resource "tls_private_key" "legacy" {
  algorithm = "RSA"
}

resource "tls_cert_request" "legacy" {
  private_key_pem = tls_private_key.legacy.private_key_pem
  subject {
    common_name = "legacy.acme.dev"
  }
}

resource "cloudflare_origin_ca_certificate" "legacy" {
  provider           = cloudflare.origin_ca
  csr                = tls_cert_request.legacy.cert_request_pem
  hostnames          = ["legacy.acme.dev"]
  request_type       = "origin-rsa"
  requested_validity = 5475
}
