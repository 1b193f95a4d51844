# URL rewrites and header transforms.

resource "cloudflare_ruleset" "url_rewrite" {
  zone_id = var.zone_id
  name    = "url rewrites"
  kind    = "zone"
  phase   = "http_request_transform"

  rules {
    ref         = "strip_legacy_prefix"
    description = "Rewrite /shop/* to /* for the new frontend"
    expression  = "(starts_with(http.request.uri.path, \"/shop/\"))"
    action      = "rewrite"
    action_parameters {
      uri {
        path {
          expression = "regex_replace(http.request.uri.path, \"^/shop/\", \"/\")"
        }
      }
    }
    enabled = true
  }
}

resource "cloudflare_ruleset" "request_headers" {
  zone_id = var.zone_id
  name    = "origin request headers"
  kind    = "zone"
  phase   = "http_request_late_transform"

  rules {
    ref         = "proto_header"
    description = "Tell the flexible-SSL legacy origin what the visitor used"
    expression  = "(http.host eq \"legacy.northwind-shop.com\")"
    action      = "rewrite"
    action_parameters {
      headers {
        name      = "X-Forwarded-Proto"
        operation = "set"
        expression = "lower(http.request.uri.args[\"proto\"][0])"
      }
      headers {
        name      = "X-Origin-Base"
        operation = "set"
        value     = "http://legacy.northwind-shop.com"
      }
      headers {
        name      = "X-Insecure-Origin"
        operation = "set"
        value     = "true"
      }
    }
    enabled = true
  }
}

resource "cloudflare_ruleset" "response_headers" {
  zone_id = var.zone_id
  name    = "response headers"
  kind    = "zone"
  phase   = "http_response_headers_transform"

  rules {
    ref         = "hsts_and_csp"
    description = "Add HSTS and upgrade insecure requests"
    expression  = "(http.host ne \"legacy.northwind-shop.com\")"
    action      = "rewrite"
    action_parameters {
      headers {
        name      = "Content-Security-Policy"
        operation = "set"
        value     = "upgrade-insecure-requests; default-src 'self' https://cdn.northwind-shop.com"
      }
      headers {
        name      = "Server"
        operation = "remove"
      }
    }
    enabled = true
  }
}
