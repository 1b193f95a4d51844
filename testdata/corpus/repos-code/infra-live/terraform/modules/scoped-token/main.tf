# Reusable module: one zone, explicit permission groups, IP-bound, always expiring.
variable "name" {
  type = string
}

variable "zone_id" {
  type = string
}

variable "permission_group_ids" {
  type = list(string)
}

variable "allowed_cidrs" {
  type = list(string)
}

variable "expires_on" {
  type        = string
  description = "RFC3339 expiry, required"
}

resource "cloudflare_api_token" "this" {
  name = var.name

  policy {
    permission_groups = var.permission_group_ids
    resources = {
      "com.cloudflare.api.account.zone.${var.zone_id}" = "*"
    }
  }

  condition {
    request_ip {
      in = var.allowed_cidrs
    }
  }

  expires_on = var.expires_on
}

output "value" {
  value     = cloudflare_api_token.this.value
  sensitive = true
}
