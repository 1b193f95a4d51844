# DNS-записи зоны example.ru

resource "cloudflare_record" "apex" {
  zone_id = var.zone_id
  name    = "@"
  type    = "A"
  value   = var.origin_ipv4
  proxied = true
  comment = "Основной сайт"
}

resource "cloudflare_record" "www" {
  zone_id = var.zone_id
  name    = "www"
  type    = "CNAME"
  value   = var.zone_name
  proxied = true
}

resource "cloudflare_record" "api" {
  zone_id = var.zone_id
  name    = "api"
  type    = "A"
  value   = var.origin_ipv4
  proxied = true
  comment = "API бэкенда, за WAF"
}

# Почта — не проксируется
resource "cloudflare_record" "mx" {
  zone_id  = var.zone_id
  name     = "@"
  type     = "MX"
  value    = "mx.yandex.net"
  priority = 10
}

resource "cloudflare_record" "spf" {
  zone_id = var.zone_id
  name    = "@"
  type    = "TXT"
  value   = "v=spf1 redirect=_spf.yandex.net"
}

# DKIM — публичный ключ, не секрет
resource "cloudflare_record" "dkim" {
  zone_id = var.zone_id
  name    = "mail._domainkey"
  type    = "TXT"
  value   = "v=DKIM1; k=rsa; t=s; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDbNk2Y7mQ0tVx1"
}

# Подтверждение владения для Яндекс.Вебмастера
resource "cloudflare_record" "yandex_verification" {
  zone_id = var.zone_id
  name    = "@"
  type    = "TXT"
  value   = "yandex-verification: 5f1c2a9e7b3d4c80"
}
