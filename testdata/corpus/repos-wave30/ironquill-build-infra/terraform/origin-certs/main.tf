# Origin CA certificates for the game backend origins (matchmaking, telemetry).
# cloudflare_origin_ca_certificate needs the Origin CA key (user service key) on
# the provider. Run from a build-agent shell:
#   export TF_VAR_cloudflare_origin_ca_key=...   (1Password: "CF Origin CA key")
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
    tls = {
      source  = "hashicorp/tls"
      version = "~> 4.0"
    }
  }
}

provider "cloudflare" {
  api_user_service_key = var.cloudflare_origin_ca_key
}

variable "cloudflare_origin_ca_key" {
  type      = string
  sensitive = true
}

locals {
  origins = {
    matchmaking = ["mm.ironquill.example", "*.mm.ironquill.example"]
    telemetry   = ["telemetry.ironquill.example"]
  }
}

resource "tls_private_key" "origin" {
  for_each  = local.origins
  algorithm = "ECDSA"
  ecdsa_curve = "P256"
}

resource "tls_cert_request" "origin" {
  for_each        = local.origins
  private_key_pem = tls_private_key.origin[each.key].private_key_pem

  subject {
    common_name  = each.value[0]
    organization = "Ironquill Games"
  }
}

resource "cloudflare_origin_ca_certificate" "origin" {
  for_each           = local.origins
  csr                = tls_cert_request.origin[each.key].cert_request_pem
  hostnames          = each.value
  request_type       = "origin-ecc"
  requested_validity = 5475
}

output "origin_certificates" {
  value     = { for k, c in cloudflare_origin_ca_certificate.origin : k => c.certificate }
  sensitive = false
}
