# Fails policy/cloudflare: literal api_token. The value is a placeholder of the
# right length so the rule's literal check fires; it is not a token.
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
  }
}

provider "cloudflare" {
  api_token = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
}

variable "account_id" {
  type    = string
  default = "{{hex32}}"
}

resource "cloudflare_workers_kv_namespace" "sessions" {
  account_id = var.account_id
  title      = "sessions"
}
