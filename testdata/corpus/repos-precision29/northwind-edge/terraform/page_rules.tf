# Page Rules are deprecated, but these two predate the ruleset migration
# and are still in use. Do not add new ones here; use redirect_rules.tf.

resource "cloudflare_page_rule" "old_catalog_forward" {
  zone_id  = var.zone_id
  target   = "http://catalog.${var.zone_name}/*"
  priority = 1
  status   = "active"

  actions {
    forwarding_url {
      url         = "https://www.${var.zone_name}/catalog/$1"
      status_code = 301
    }
  }
}

resource "cloudflare_page_rule" "legacy_passthrough" {
  zone_id  = var.zone_id
  target   = "legacy.${var.zone_name}/*"
  priority = 2

  actions {
    ssl              = "flexible"
    always_use_https = false
    cache_level      = "bypass"
    browser_check    = "off"
  }
}

resource "cloudflare_page_rule" "press_kit" {
  zone_id  = var.zone_id
  target   = "*${var.zone_name}/press-kit*"
  priority = 3

  actions {
    forwarding_url {
      url         = "http://files.northwind-media.net/press/northwind.zip"
      status_code = 302
    }
  }
}
