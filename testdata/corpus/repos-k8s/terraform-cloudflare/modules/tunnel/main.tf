variable "account_id" {
  type = string
}

variable "name" {
  type = string
}

resource "cloudflare_zero_trust_tunnel_cloudflared" "this" {
  account_id = var.account_id
  name       = var.name
  # pinned so the existing connectors keep working after the state migration
  secret     = "{{tunnelsecret}}"
  config_src = "cloudflare"
}

resource "cloudflare_zero_trust_tunnel_cloudflared_config" "this" {
  account_id = var.account_id
  tunnel_id  = cloudflare_zero_trust_tunnel_cloudflared.this.id

  config {
    ingress_rule {
      hostname = "app.example.com"
      service  = "http://ingress-nginx-controller.ingress-nginx.svc:80"
    }
    ingress_rule {
      service = "http_status:404"
    }
  }
}

output "tunnel_token" {
  value     = cloudflare_zero_trust_tunnel_cloudflared.this.tunnel_token
  sensitive = true
}
