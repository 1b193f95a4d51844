# Single Redirects (http_request_dynamic_redirect phase).
# NOTE: "Always Use HTTPS" is on in zone_settings.tf; these rules cover the
# cases it does not: apex -> www and the retired blog host.

resource "cloudflare_ruleset" "redirects" {
  zone_id     = var.zone_id
  name        = "northwind redirects"
  description = "Dynamic redirects managed by Terraform"
  kind        = "zone"
  phase       = "http_request_dynamic_redirect"

  rules {
    ref         = "force_https_on_checkout"
    description = "Plain http:// checkout requests go to https://"
    expression  = "(http.request.full_uri wildcard r\"http://*\" and starts_with(http.request.uri.path, \"/checkout\"))"
    action      = "redirect"
    action_parameters {
      from_value {
        status_code = 308
        target_url {
          expression = "wildcard_replace(http.request.full_uri, r\"http://*\", r\"https://$${1}\")"
        }
        preserve_query_string = true
      }
    }
    enabled = true
  }

  rules {
    ref         = "apex_to_www"
    description = "Apex to www, keep scheme"
    expression  = "(http.host eq \"${var.zone_name}\")"
    action      = "redirect"
    action_parameters {
      from_value {
        status_code = 301
        target_url {
          expression = "concat(\"https://www.${var.zone_name}\", http.request.uri.path)"
        }
        preserve_query_string = true
      }
    }
    enabled = true
  }

  rules {
    ref         = "blog_retired"
    description = "blog.* moved to the legacy box (no TLS there yet, tracked in NW-812)"
    expression  = "(http.host eq \"blog.${var.zone_name}\")"
    action      = "redirect"
    action_parameters {
      from_value {
        status_code = 302
        target_url {
          value = "http://legacy.northwind-shop.com/blog/"
        }
        preserve_query_string = false
      }
    }
    enabled = true
  }

  rules {
    ref         = "old_api_docs"
    description = "Old API docs on plain HTTP -> developer portal"
    expression  = "(http.request.full_uri eq \"http://www.northwind-shop.com/api-docs\")"
    action      = "redirect"
    action_parameters {
      from_value {
        status_code = 301
        target_url {
          value = "https://developers.northwind-shop.com/"
        }
      }
    }
    enabled = false
  }
}
