provider "cloudflare" {
  alias                = "origin_ca"
  api_user_service_key = var.origin_ca_key
}

provider "cloudflare" {
  alias     = "lab"
  api_token = var.lab_token
  base_url  = "http://api.cloudflare.com/client/v4"
}

resource "cloudflare_origin_ca_certificate" "origin" {
  provider           = cloudflare.origin_ca
  csr                = tls_cert_request.origin.cert_request_pem
  hostnames          = ["example.com", "*.example.com"]
  request_type       = "origin-rsa"
  requested_validity = 5475
}
