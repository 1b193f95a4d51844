# Remotely-managed tunnel for the back-office apps. The secret is generated
# here and never leaves state; connectors fetch their token via the
# cloudflare_tunnel data source output in the ops pipeline.

resource "random_password" "backoffice_tunnel_secret" {
  length  = 64
  special = false
}

resource "cloudflare_tunnel" "backoffice" {
  account_id = var.cloudflare_account_id
  name       = "northwind-backoffice"
  secret     = base64sha256(random_password.backoffice_tunnel_secret.result)
  config_src = "cloudflare"
}

resource "cloudflare_tunnel_config" "backoffice" {
  account_id = var.cloudflare_account_id
  tunnel_id  = cloudflare_tunnel.backoffice.id

  config {
    warp_routing {
      enabled = false
    }

    origin_request {
      connect_timeout = "30s"
      keep_alive_connections = 100
    }

    ingress_rule {
      hostname = "erp.${var.zone_name}"
      service  = "https://erp.corp.northwind.internal:8443"
      origin_request {
        # internal CA, not in cloudflared's trust store
        no_tls_verify      = true
        origin_server_name = "erp.corp.northwind.internal"
        http_host_header   = "erp.corp.northwind.internal"
      }
    }

    ingress_rule {
      hostname = "grafana.${var.zone_name}"
      service  = "http://10.20.0.15:3000"
    }

    ingress_rule {
      hostname = "printers.${var.zone_name}"
      path     = "^/admin"
      service  = "https://10.20.4.2"
      origin_request {
        no_tls_verify = true
        disable_chunked_encoding = true
      }
    }

    ingress_rule {
      service = "http_status:404"
    }
  }
}

resource "cloudflare_record" "erp" {
  zone_id = var.zone_id
  name    = "erp"
  type    = "CNAME"
  content = "${cloudflare_tunnel.backoffice.id}.cfargotunnel.com"
  proxied = true
}

resource "cloudflare_record" "grafana" {
  zone_id = var.zone_id
  name    = "grafana"
  type    = "CNAME"
  content = cloudflare_tunnel.backoffice.cname
  proxied = true
}

output "backoffice_tunnel_token" {
  value     = cloudflare_tunnel.backoffice.tunnel_token
  sensitive = true
}
