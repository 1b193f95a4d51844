terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 5"
    }
  }
}

provider "cloudflare" {
  api_key = "{{hex37}}"
  email   = "ops@example.com"
}

provider "cloudflare" {
  alias     = "scoped"
  api_token = "{{cfut}}"
}
