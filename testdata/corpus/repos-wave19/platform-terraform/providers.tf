terraform {
  required_version = ">= 1.6.0"

  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
    kubernetes = {
      source  = "hashicorp/kubernetes"
      version = "~> 2.31"
    }
  }
}

# Default provider: scoped API token passed in from tfvars / TF_VAR_*.
provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

# The brand account (example-brand.com) predates our token rollout and the
# automation user there only has the Global API Key. Remove once INFRA-2291
# is done and the zones have moved into the main account.
provider "cloudflare" {
  alias   = "brand"
  email   = "hostmaster@example-brand.com"
  api_key = "{{hex37}}"
}

provider "kubernetes" {
  config_path    = "~/.kube/config"
  config_context = var.kube_context
}
