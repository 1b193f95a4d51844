data "cloudflare_api_token_permission_groups" "all" {}

# Token used by the dns-records pipeline. Scoped to one zone, CI egress only, yearly rotation.
resource "cloudflare_api_token" "dns_edit_ci" {
  name = "ci-dns-edit"

  policy {
    permission_groups = [
      data.cloudflare_api_token_permission_groups.all.zone["DNS Write"],
      data.cloudflare_api_token_permission_groups.all.zone["Zone Read"],
    ]
    resources = {
      "com.cloudflare.api.account.zone.${var.zone_id}" = "*"
    }
  }

  condition {
    request_ip {
      in = var.ci_egress_cidrs
    }
  }

  expires_on = "2025-12-31T00:00:00Z"
}

# Handed to the marketing site builds so they can purge after deploys.
resource "cloudflare_api_token" "cache_purge_everywhere" {
  name = "marketing-cache-purge"

  policy {
    permission_groups = [
      data.cloudflare_api_token_permission_groups.all.zone["Cache Purge"],
    ]
    resources = {
      "com.cloudflare.api.account.zone.*" = "*"
    }
  }
}

output "dns_edit_ci_token" {
  value     = cloudflare_api_token.dns_edit_ci.value
  sensitive = true
}

output "cache_purge_token" {
  value     = cloudflare_api_token.cache_purge_everywhere.value
  sensitive = true
}
