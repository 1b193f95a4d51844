locals {
  zone_id = "131cb9838d6ed2b14a6f3a6514f9e693"
}

data "cloudflare_zone" "main" {
  zone_id = local.zone_id
}

resource "cloudflare_record" "status" {
  zone_id = local.zone_id
  name    = "status"
  type    = "CNAME"
  content = "${cloudflare_tunnel.status.id}.cfargotunnel.com"
  proxied = true
}

resource "random_id" "tunnel_secret" {
  byte_length = 32
}

resource "cloudflare_tunnel" "status" {
  account_id = var.cloudflare_account_id
  name       = "status-page"
  secret     = random_id.tunnel_secret.b64_std
}

resource "cloudflare_tunnel_config" "status" {
  account_id = var.cloudflare_account_id
  tunnel_id  = cloudflare_tunnel.status.id

  config {
    ingress_rule {
      hostname = "status.northwind.example"
      service  = "http://status-page.status.svc.cluster.local:8080"
    }
    ingress_rule {
      service = "http_status:404"
    }
  }
}

resource "aws_secretsmanager_secret_version" "tunnel_token" {
  secret_id     = "platform/cloudflared/status-page"
  secret_string = cloudflare_tunnel.status.tunnel_token
}

output "status_tunnel_id" {
  value = cloudflare_tunnel.status.id
}
