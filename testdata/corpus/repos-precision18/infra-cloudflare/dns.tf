locals {
  # Pages project and Worker hostnames
  proxied_cnames = {
    "www"     = "acme-marketing-site.pages.dev"
    "preview" = "preview.acme-marketing-site.pages.dev"
  }
}

resource "cloudflare_record" "apex" {
  zone_id = var.zone_id
  name    = "@"
  type    = "A"
  content = "192.0.2.10"
  proxied = true
  comment = "placeholder origin; traffic is served by the edge-api Worker route"
}

resource "cloudflare_record" "api" {
  zone_id = var.zone_id
  name    = "api"
  type    = "AAAA"
  content = "100::"
  proxied = true
  comment = "Worker-only hostname (edge-api)"
}

resource "cloudflare_record" "pages" {
  for_each = local.proxied_cnames

  zone_id = var.zone_id
  name    = each.key
  type    = "CNAME"
  content = each.value
  proxied = true
}

resource "cloudflare_record" "grafana" {
  zone_id = var.zone_id
  name    = "grafana"
  type    = "CNAME"
  content = "{{uuid#tun}}.cfargotunnel.com"
  proxied = true
}

# Mail: Resend for the marketing site
resource "cloudflare_record" "resend_dkim" {
  zone_id = var.zone_id
  name    = "resend._domainkey.mail"
  type    = "TXT"
  content = "p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ{{b64_172}}"
  ttl     = 3600
}

resource "cloudflare_record" "spf" {
  zone_id = var.zone_id
  name    = "mail"
  type    = "TXT"
  content = "v=spf1 include:amazonses.com ~all"
  ttl     = 3600
}

resource "cloudflare_record" "domain_verification" {
  zone_id = var.zone_id
  name    = "@"
  type    = "TXT"
  content = "google-site-verification={{b64_43}}"
  ttl     = 3600
}
