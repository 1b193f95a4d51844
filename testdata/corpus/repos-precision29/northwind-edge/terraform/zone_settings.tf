resource "cloudflare_zone_settings_override" "northwind" {
  zone_id = var.zone_id

  settings {
    # The legacy box cannot terminate TLS; until NW-812 is done the zone
    # stays on Flexible and www is raised to Full via the origin rule below.
    ssl                      = "flexible"
    always_use_https         = "on"
    automatic_https_rewrites = "on"
    min_tls_version          = "1.2"
    tls_1_3                  = "on"
    opportunistic_encryption = "on"
    http3                    = "on"
    brotli                   = "on"
    browser_check            = "on"
    security_level           = "medium"

    security_header {
      enabled            = true
      max_age            = 15552000
      include_subdomains = false
      preload            = false
      nosniff            = true
    }
  }
}

# Per-hostname SSL mode override (Configuration Rules).
resource "cloudflare_ruleset" "config_rules" {
  zone_id = var.zone_id
  name    = "ssl overrides"
  kind    = "zone"
  phase   = "http_config_settings"

  rules {
    ref         = "www_full"
    description = "www origins present a cert (self-signed)"
    expression  = "(http.host eq \"www.${var.zone_name}\")"
    action      = "set_config"
    action_parameters {
      ssl = "full"
    }
  }

  rules {
    ref         = "legacy_off"
    description = "legacy box: plain http origin, no HTTPS redirect"
    expression  = "(http.host eq \"legacy.${var.zone_name}\")"
    action      = "set_config"
    action_parameters {
      ssl                      = "flexible"
      automatic_https_rewrites = false
    }
  }
}
