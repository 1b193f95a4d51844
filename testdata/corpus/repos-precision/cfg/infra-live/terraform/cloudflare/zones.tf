locals {
  account_id = "{{hex32}}"
}

data "cloudflare_zone" "main" {
  name = var.zone_name
}

data "cloudflare_api_token_permission_groups" "all" {}

resource "cloudflare_record" "www" {
  zone_id = data.cloudflare_zone.main.id
  name    = "www"
  type    = "CNAME"
  content = "storefront.pages.dev"
  proxied = true
}

resource "cloudflare_r2_bucket" "backups" {
  account_id = local.account_id
  name       = "db-backups"
  location   = "WEUR"
}

resource "cloudflare_access_application" "grafana" {
  zone_id          = data.cloudflare_zone.main.id
  name             = "Grafana"
  domain           = "grafana.example.com"
  session_duration = "12h"
}

# CI deploy token, created and rotated by Terraform itself.
resource "cloudflare_api_token" "ci_deploy" {
  name = "ci-deploy"

  policy {
    permission_groups = [
      data.cloudflare_api_token_permission_groups.all.zone["DNS Write"],
    ]
    resources = {
      "com.cloudflare.api.account.zone.${data.cloudflare_zone.main.id}" = "*"
    }
  }
}

output "grafana_access_aud" {
  value = cloudflare_access_application.grafana.aud
}

output "ci_deploy_token" {
  value     = cloudflare_api_token.ci_deploy.value
  sensitive = true
}
