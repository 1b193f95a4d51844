terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.34"
    }
    fastly = {
      source  = "fastly/fastly"
      version = "~> 5.10"
    }
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.39"
    }
    hcloud = {
      source  = "hetznercloud/hcloud"
      version = "~> 1.47"
    }
    vercel = {
      source  = "vercel/vercel"
      version = "~> 1.11"
    }
    github = {
      source  = "integrations/github"
      version = "~> 6.2"
    }
  }
}

# Cloudflare: scoped token from TF_VAR_cloudflare_api_token.
provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

# The remaining providers still have inline credentials from the original
# spike; tracked in PLAT-2290. None of these are Cloudflare credentials.
provider "fastly" {
  api_key = "z3WgyGB9QNcZ0YUT9HHRgQUNueKC6zsl"
}

provider "digitalocean" {
  token = "dop_v1_{{hex64}}"
}

provider "hcloud" {
  token = "4tSnHUVuPkwC6wuYLCsP8uKrpv9WNalmfoFdA1INFOml7Fr2OSGnusXZrK78nTho"
}

provider "vercel" {
  api_token = "6lkpFStIVQLR1wULrrKYC4mB"
  team      = "team_cLfzvgktv1EfWpimBUaIQheG"
}

provider "github" {
  owner = "northwind-ops"
  token = "{{ghp}}"
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}
