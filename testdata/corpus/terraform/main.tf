provider "cloudflare" {
  api_token = "{{tok40}}"
}

locals {
  zone_id = "{{hex32}}"
}

resource "cloudflare_record" "www" {
  zone_id = local.zone_id
  name    = "www"
  content = "192.0.2.1"
  type    = "A"
  proxied = true
}

resource "cloudflare_workers_kv_namespace" "cache" {
  account_id = "{{hex32}}"
  title      = "cache"
}
