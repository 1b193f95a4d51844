terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
  }
}

provider "cloudflare" {
  api_token = "{{cfut}}"
}

# Origin CA certificates still need the service key on v4.
provider "cloudflare" {
  alias                = "origin_ca"
  api_user_service_key = "{{origin}}"
}

resource "cloudflare_origin_ca_certificate" "edge" {
  provider           = cloudflare.origin_ca
  csr                = tls_cert_request.edge.cert_request_pem
  hostnames          = ["example.com", "*.example.com"]
  request_type       = "origin-rsa"
  requested_validity = 5475
}
