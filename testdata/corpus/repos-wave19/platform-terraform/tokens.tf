# Tokens minted by Terraform for downstream automation. Values are only in
# state (encrypted R2 bucket) and are read by the CI bootstrap job via
# `terraform output -raw`.

data "cloudflare_api_token_permission_groups" "all" {}

resource "cloudflare_api_token" "external_dns" {
  name = "external-dns-${var.environment}"

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
      in = ["198.51.100.0/24"]
    }
  }

  expires_on = "2026-06-30T00:00:00Z"
}

resource "cloudflare_api_token" "cert_manager" {
  name = "cert-manager-${var.environment}"

  policy {
    permission_groups = [
      data.cloudflare_api_token_permission_groups.all.zone["DNS Write"],
    ]
    resources = {
      "com.cloudflare.api.account.zone.${var.zone_id}" = "*"
    }
  }
}

output "external_dns_token" {
  value     = cloudflare_api_token.external_dns.value
  sensitive = true
}

output "cert_manager_token" {
  value     = cloudflare_api_token.cert_manager.value
  sensitive = true
}
