terraform {
  required_version = ">= 1.6.0"

  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
    http = {
      source  = "hashicorp/http"
      version = "~> 3.4"
    }
  }
}

provider "cloudflare" {
  api_token = "{{cfut}}"
}

# example.org is still in the legacy account (no scoped token yet, see INFRA-412)
provider "cloudflare" {
  alias   = "legacy"
  email   = "hostmaster@example.org"
  api_key = "{{hex37}}"
}
