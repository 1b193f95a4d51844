# Legacy stack: Cloudflare load balancer + pools for the old DigitalOcean origins.
# Still on provider v3 until the pools are moved into ../../lb.tf (EDGE-311).

terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 3.35"
    }
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.34"
    }
  }

  backend "s3" {
    bucket = "northwind-tfstate"
    key    = "edge/legacy-dns-lb.tfstate"
    region = "eu-central-1"
  }
}

variable "cloudflare_email" {
  type = string
}

variable "cloudflare_api_key" {
  type      = string
  sensitive = true
}

variable "do_token" {
  type      = string
  sensitive = true
}

# Load balancer resources need account-level permissions that the old scoped
# token never had, so this stack still authenticates with the account owner's key.
provider "cloudflare" {
  email   = var.cloudflare_email
  api_key = var.cloudflare_api_key
}

provider "digitalocean" {
  token = var.do_token
}

data "digitalocean_droplets" "origins" {
  filter {
    key    = "tags"
    values = ["web-origin"]
  }
}

resource "cloudflare_load_balancer_pool" "do_origins" {
  account_id = "{{hex32}}"
  name       = "do-fra1-origins"

  dynamic "origins" {
    for_each = data.digitalocean_droplets.origins.droplets
    content {
      name    = origins.value.name
      address = origins.value.ipv4_address
      enabled = true
    }
  }
}
