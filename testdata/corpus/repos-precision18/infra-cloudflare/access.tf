resource "cloudflare_zero_trust_access_application" "grafana" {
  account_id                = var.account_id
  name                      = "Grafana (dc1)"
  domain                    = "grafana.acme-shop.com"
  type                      = "self_hosted"
  session_duration          = "12h"
  allowed_idps              = [var.okta_idp_id]
  auto_redirect_to_identity = true
  app_launcher_visible      = true
}

resource "cloudflare_zero_trust_access_application" "inventory" {
  account_id                = var.account_id
  name                      = "Inventory API"
  domain                    = "inventory.internal.acme-shop.com"
  type                      = "self_hosted"
  session_duration          = "1h"
  service_auth_401_redirect = true

  cors_headers {
    allowed_origins = ["https://api.acme-shop.com"]
    allowed_methods = ["GET", "OPTIONS"]
    allowed_headers = ["CF-Access-Client-Id", "CF-Access-Client-Secret"]
    max_age         = 600
  }
}

# Service token used by the edge-api Worker to reach the inventory upstream.
# The secret exists only in state and in the output below; CI copies it into
# `wrangler secret put UPSTREAM_ACCESS_CLIENT_SECRET` and 1Password.
resource "cloudflare_zero_trust_access_service_token" "edge_api_inventory" {
  account_id           = var.account_id
  name                 = "edge-api-inventory"
  duration             = "8760h"
  min_days_for_renewal = 30

  lifecycle {
    create_before_destroy = true
  }
}

resource "cloudflare_zero_trust_access_policy" "inventory_service" {
  account_id     = var.account_id
  application_id = cloudflare_zero_trust_access_application.inventory.id
  name           = "edge-api Worker (service token)"
  precedence     = 1
  decision       = "non_identity"

  include {
    service_token = [cloudflare_zero_trust_access_service_token.edge_api_inventory.id]
  }
}

output "inventory_aud" {
  description = "AUD tag for ACCESS_AUD / cloudflared audTag"
  value       = cloudflare_zero_trust_access_application.inventory.aud
}

output "edge_api_inventory_client_id" {
  value = cloudflare_zero_trust_access_service_token.edge_api_inventory.client_id
}

output "edge_api_inventory_client_secret" {
  value     = cloudflare_zero_trust_access_service_token.edge_api_inventory.client_secret
  sensitive = true
}
