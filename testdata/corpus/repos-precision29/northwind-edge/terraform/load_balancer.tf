# Origin pools + monitor. The origins present a self-signed cert on :443
# (internal PKI), so the monitor skips certificate validation. Visitor
# traffic is Full (not Full strict) for www via the origin rule below.

resource "cloudflare_load_balancer_monitor" "https_origin" {
  account_id     = var.cloudflare_account_id
  type           = "https"
  description    = "storefront origin health"
  method         = "GET"
  path           = "/healthz"
  port           = 443
  expected_codes = "200"
  expected_body  = "ok"
  timeout        = 5
  interval       = 60
  retries        = 2
  allow_insecure = true
  follow_redirects = false

  header {
    header = "Host"
    values = ["www.${var.zone_name}"]
  }

  header {
    header = "User-Agent"
    values = ["cf-lb-monitor/northwind"]
  }
}

resource "cloudflare_load_balancer_monitor" "legacy_http" {
  account_id     = var.cloudflare_account_id
  type           = "http"
  description    = "legacy box answers on port 80 only"
  method         = "HEAD"
  path           = "/"
  port           = 80
  expected_codes = "2xx"
  interval       = 120
}

resource "cloudflare_load_balancer_pool" "eu" {
  account_id = var.cloudflare_account_id
  name       = "northwind-eu"
  monitor    = cloudflare_load_balancer_monitor.https_origin.id

  dynamic "origins" {
    for_each = var.origin_ips
    content {
      name    = "origin-${origins.key}"
      address = origins.value
      enabled = true
      header {
        header = "Host"
        values = ["www.${var.zone_name}"]
      }
    }
  }

  notification_email = "oncall@northwind-shop.com"
  minimum_origins    = 1
}

resource "cloudflare_load_balancer" "www" {
  zone_id          = var.zone_id
  name             = "www.${var.zone_name}"
  default_pool_ids = [cloudflare_load_balancer_pool.eu.id]
  fallback_pool_id = cloudflare_load_balancer_pool.eu.id
  proxied          = true
  steering_policy  = "off"
  session_affinity = "cookie"

  session_affinity_attributes {
    samesite = "Lax"
    secure   = "Always"
  }
}
