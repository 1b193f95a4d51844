# Standalone Health Checks (zone-level), separate from the LB monitor.
# The payment callback origin sits behind a corporate appliance with a
# cert for *.corp.northwind.internal, so TLS verification is disabled here.

resource "cloudflare_healthcheck" "payments_callback" {
  zone_id     = var.zone_id
  name        = "payments-callback"
  description = "Callback receiver for the PSP"
  address     = "pay-cb.corp.northwind.internal"
  suspended   = false
  check_regions = ["WEU", "EEU"]

  type           = "HTTPS"
  port           = 8443
  method         = "GET"
  path           = "/status"
  expected_codes = ["200"]
  follow_redirects = false
  allow_insecure = true

  header {
    header = "Host"
    values = ["pay-cb.northwind-shop.com"]
  }

  timeout               = 10
  retries               = 2
  interval              = 60
  consecutive_fails     = 3
  consecutive_successes = 2
}

resource "cloudflare_healthcheck" "legacy_tcp" {
  zone_id       = var.zone_id
  name          = "legacy-tcp-80"
  address       = "198.51.100.44"
  type          = "TCP"
  port          = 80
  method        = "connection_established"
  check_regions = ["WEU"]
  interval      = 300
}

resource "cloudflare_notification_policy" "healthcheck_alerts" {
  account_id = var.cloudflare_account_id
  name       = "Health check state changes"
  enabled    = true
  alert_type = "health_check_status_notification"

  email_integration {
    id = "oncall@northwind-shop.com"
  }

  filters {
    health_check_id = [
      cloudflare_healthcheck.payments_callback.id,
      cloudflare_healthcheck.legacy_tcp.id,
    ]
    status = ["Unhealthy"]
  }
}
