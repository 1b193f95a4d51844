# Origin CA certificates need the Origin CA key (api_user_service_key)
provider "cloudflare" {
  alias                = "origin_ca"
  api_user_service_key = "{{origin}}"
}

resource "tls_private_key" "origin" {
  algorithm = "RSA"
  rsa_bits  = 2048
}

resource "tls_cert_request" "origin" {
  private_key_pem = tls_private_key.origin.private_key_pem

  subject {
    common_name  = "example.com"
    organization = "Example Ltd"
  }
}

resource "cloudflare_origin_ca_certificate" "origin" {
  provider           = cloudflare.origin_ca
  csr                = tls_cert_request.origin.cert_request_pem
  hostnames          = var.origin_hostnames
  request_type       = "origin-rsa"
  requested_validity = 5475
}

variable "origin_hostnames" {
  type = list(string)
}
