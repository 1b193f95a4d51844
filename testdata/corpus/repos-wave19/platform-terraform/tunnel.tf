# Remotely-managed Cloudflare Tunnel for the k8s ingress. The tunnel secret
# is generated here and never leaves state; cloudflared gets the connector
# token through a Kubernetes Secret.

resource "random_bytes" "tunnel_secret" {
  length = 32
}

resource "cloudflare_zero_trust_tunnel_cloudflared" "k8s" {
  account_id = var.account_id
  name       = "k8s-${var.environment}"
  secret     = random_bytes.tunnel_secret.base64
  config_src = "cloudflare"
}

resource "cloudflare_zero_trust_tunnel_cloudflared_config" "k8s" {
  account_id = var.account_id
  tunnel_id  = cloudflare_zero_trust_tunnel_cloudflared.k8s.id

  config {
    ingress_rule {
      hostname = "grafana.example.com"
      service  = "http://grafana.monitoring.svc.cluster.local:80"
    }
    ingress_rule {
      hostname = "argocd.example.com"
      service  = "https://argocd-server.argocd.svc.cluster.local:443"
      origin_request {
        no_tls_verify = true
      }
    }
    ingress_rule {
      service = "http_status:404"
    }
  }
}

resource "cloudflare_record" "tunnel" {
  for_each = toset(["grafana", "argocd"])

  zone_id = var.zone_id
  name    = each.key
  type    = "CNAME"
  content = "${cloudflare_zero_trust_tunnel_cloudflared.k8s.id}.cfargotunnel.com"
  proxied = true
}

resource "kubernetes_secret" "tunnel_token" {
  metadata {
    name      = "cloudflared-token"
    namespace = "cloudflared"
  }

  data = {
    token = cloudflare_zero_trust_tunnel_cloudflared.k8s.tunnel_token
  }
}
