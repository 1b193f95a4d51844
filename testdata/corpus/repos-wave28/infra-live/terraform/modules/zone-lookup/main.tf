# zone-lookup: resolve zone ids and current name servers for a list of zone
# names straight from the API. Used by the DNS-delegation stack, which runs
# before the Cloudflare provider is configured for those zones.

terraform {
  required_providers {
    http = {
      source  = "hashicorp/http"
      version = "~> 3.4"
    }
  }
}

variable "zone_names" {
  type        = list(string)
  description = "Zone apex names to resolve."
}

variable "cloudflare_email" {
  type        = string
  description = "E-mail of the Cloudflare user owning the zones."
}

variable "cloudflare_api_key" {
  type        = string
  sensitive   = true
  description = "Global API Key of that user (from Vault, see stacks/delegation)."
}

data "http" "zone" {
  for_each = toset(var.zone_names)

  url    = "https://api.cloudflare.com/client/v4/zones?name=${each.key}"
  method = "GET"

  request_headers = {
    Accept       = "application/json"
    X-Auth-Email = var.cloudflare_email
    X-Auth-Key   = var.cloudflare_api_key
  }

  lifecycle {
    postcondition {
      condition     = self.status_code == 200 && length(jsondecode(self.response_body).result) == 1
      error_message = "Zone ${each.key} could not be resolved via the Cloudflare API."
    }
  }
}

locals {
  zones = {
    for name, resp in data.http.zone :
    name => jsondecode(resp.response_body).result[0]
  }
}

output "zone_ids" {
  value = { for name, z in local.zones : name => z.id }
}

output "name_servers" {
  value = { for name, z in local.zones : name => z.name_servers }
}
