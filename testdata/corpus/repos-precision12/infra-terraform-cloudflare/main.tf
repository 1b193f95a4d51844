data "cloudflare_zone" "main" {
  name = var.zone_name
}

resource "cloudflare_record" "apex" {
  for_each = toset(var.origin_ips)

  zone_id = data.cloudflare_zone.main.id
  name    = "@"
  type    = "A"
  content = each.value
  proxied = true
  comment = "managed by terraform (infra-terraform-cloudflare)"
}

# Tunnel secret is generated here and stays in state only (state bucket is encrypted).
resource "random_password" "tunnel_secret" {
  length  = 64
  special = false
}

resource "cloudflare_zero_trust_tunnel_cloudflared" "internal" {
  account_id = var.cloudflare_account_id
  name       = var.tunnel_name
  secret     = base64sha256(random_password.tunnel_secret.result)
  config_src = "cloudflare"
}

resource "cloudflare_zero_trust_tunnel_cloudflared_config" "internal" {
  account_id = var.cloudflare_account_id
  tunnel_id  = cloudflare_zero_trust_tunnel_cloudflared.internal.id

  config {
    ingress_rule {
      hostname = "grafana.${var.zone_name}"
      service  = "http://grafana.monitoring.svc.cluster.local:3000"
    }
    ingress_rule {
      service = "http_status:404"
    }
  }
}

resource "cloudflare_record" "grafana" {
  zone_id = data.cloudflare_zone.main.id
  name    = "grafana"
  type    = "CNAME"
  content = cloudflare_zero_trust_tunnel_cloudflared.internal.cname
  proxied = true
}

resource "cloudflare_zero_trust_access_application" "grafana" {
  zone_id          = data.cloudflare_zone.main.id
  name             = "Grafana"
  domain           = "grafana.${var.zone_name}"
  session_duration = "12h"
}

resource "cloudflare_zero_trust_access_policy" "grafana_staff" {
  application_id = cloudflare_zero_trust_access_application.grafana.id
  zone_id        = data.cloudflare_zone.main.id
  name           = "staff"
  precedence     = 1
  decision       = "allow"

  include {
    email_domain = [var.access_allowed_email_domain]
  }
}

resource "cloudflare_zero_trust_access_service_token" "ci" {
  account_id = var.cloudflare_account_id
  name       = "ci-synthetic-checks"
  duration   = "8760h"
}
