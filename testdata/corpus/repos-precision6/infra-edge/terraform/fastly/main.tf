terraform {
  required_providers {
    fastly = {
      source  = "fastly/fastly"
      version = "~> 5.11"
    }
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
  }
}

# Image CDN stays on Fastly until the Cloudflare Images migration (INFRA-233).
provider "fastly" {
  # read-only "terraform-plan" token for the sandbox service; apply runs in CI with FASTLY_API_KEY
  api_key = "fZFlhNAH_wgMRkw33gFHVNNE8B5glVwX"
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

resource "fastly_service_vcl" "images" {
  name = "images-example-retail"

  domain {
    name = "img.example-retail.eu"
  }

  backend {
    address = "example-retail-images.s3.eu-central-1.amazonaws.com"
    name    = "s3-images"
    port    = 443
    use_ssl = true
  }

  force_destroy = false
}

resource "cloudflare_record" "img" {
  zone_id = "164109c88b3ebdc937bf2e043d6429b3"
  name    = "img"
  type    = "CNAME"
  content = "dualstack.t.sni.global.fastly.net"
  proxied = false
}
