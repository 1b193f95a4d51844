# Page rules / legacy settings that the cloudflare provider does not cover the
# way we need are managed through the generic REST provider.

terraform {
  required_version = ">= 1.5"

  required_providers {
    restapi = {
      source  = "Mastercard/restapi"
      version = "~> 1.19"
    }
  }

  backend "s3" {
    bucket = "acme-tfstate"
    key    = "cloudflare/page-rules.tfstate"
    region = "eu-central-1"
  }
}

variable "cf_email" {
  type = string
}

variable "cf_global_api_key" {
  type      = string
  sensitive = true
}

variable "zone_id" {
  type = string
}

provider "restapi" {
  uri                  = "https://api.cloudflare.com/client/v4"
  write_returns_object = true
  id_attribute         = "result/id"

  headers = {
    "Content-Type" = "application/json"
    "X-Auth-Email" = var.cf_email
    "X-Auth-Key"   = var.cf_global_api_key
  }
}

resource "restapi_object" "always_online" {
  path          = "/zones/${var.zone_id}/settings/always_online"
  create_method = "PATCH"
  update_method = "PATCH"
  object_id     = "always_online"
  data          = jsonencode({ value = "on" })
}
