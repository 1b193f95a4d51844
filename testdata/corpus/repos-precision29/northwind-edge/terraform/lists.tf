# Bulk redirects: account-level redirect list + the rule that enables it.

resource "cloudflare_list" "campaign_redirects" {
  account_id  = var.cloudflare_account_id
  name        = "campaign_redirects"
  description = "Short links printed on flyers (some printed with http://)"
  kind        = "redirect"

  item {
    value {
      redirect {
        source_url            = "northwind-shop.com/summer"
        target_url            = "https://www.northwind-shop.com/collections/summer-2024"
        status_code           = 301
        include_subdomains    = "enabled"
        subpath_matching      = "enabled"
        preserve_query_string = "enabled"
      }
    }
  }

  item {
    value {
      redirect {
        source_url  = "northwind-shop.com/catalog-pdf"
        target_url  = "http://files.northwind-media.net/catalog/2024.pdf"
        status_code = 302
      }
    }
  }

  item {
    value {
      redirect {
        source_url            = "go.northwind-shop.com/store-locator"
        target_url            = "http://legacy.northwind-shop.com/stores"
        status_code           = 307
        preserve_path_suffix  = "disabled"
      }
    }
  }
}

resource "cloudflare_list" "internal_ranges" {
  account_id = var.cloudflare_account_id
  name       = "office_ips"
  kind       = "ip"

  item {
    value {
      ip = "192.0.2.0/24"
    }
    comment = "HQ"
  }
}

resource "cloudflare_ruleset" "bulk_redirects" {
  account_id = var.cloudflare_account_id
  name       = "campaign bulk redirects"
  kind       = "root"
  phase      = "http_request_redirect"

  rules {
    action = "redirect"
    action_parameters {
      from_list {
        name = cloudflare_list.campaign_redirects.name
        key  = "http.request.full_uri"
      }
    }
    expression  = "http.request.full_uri in $campaign_redirects"
    description = "Apply campaign_redirects"
    enabled     = true
  }
}
