# Remotely-managed tunnel for the edge hosts. The tunnel secret is generated here,
# never typed by a human, and the resulting connector token is written straight to
# Vault where vault-agent on each host renders it (see vault/agent/templates).

resource "random_password" "tunnel_secret" {
  length  = 64
  special = false
}

resource "cloudflare_zero_trust_tunnel_cloudflared" "edge" {
  account_id = var.cloudflare_account_id
  name       = var.tunnel_name
  secret     = base64sha256(random_password.tunnel_secret.result)
  config_src = "cloudflare"
}

resource "cloudflare_zero_trust_tunnel_cloudflared_config" "edge" {
  account_id = var.cloudflare_account_id
  tunnel_id  = cloudflare_zero_trust_tunnel_cloudflared.edge.id

  config {
    dynamic "ingress_rule" {
      for_each = var.tunnel_ingress
      content {
        hostname = "${ingress_rule.key}.${data.cloudflare_zone.main.name}"
        service  = ingress_rule.value
      }
    }

    ingress_rule {
      service = "http_status:404"
    }
  }
}

resource "cloudflare_record" "tunnel" {
  for_each = var.tunnel_ingress

  zone_id = var.cloudflare_zone_id
  name    = each.key
  type    = "CNAME"
  content = cloudflare_zero_trust_tunnel_cloudflared.edge.cname
  proxied = true
  comment = "managed by terraform (edge-platform-infra)"
}

resource "vault_kv_secret_v2" "tunnel_token" {
  mount = "kv"
  name  = "cloudflare/tunnel/${var.tunnel_name}"

  data_json = jsonencode({
    token     = cloudflare_zero_trust_tunnel_cloudflared.edge.tunnel_token
    tunnel_id = cloudflare_zero_trust_tunnel_cloudflared.edge.id
  })

  custom_metadata {
    max_versions = 5
    data = {
      owner = "edge-platform"
    }
  }
}

output "tunnel_id" {
  value = cloudflare_zero_trust_tunnel_cloudflared.edge.id
}

output "tunnel_token" {
  description = "Connector token. Also stored in Vault; use `terraform output -raw tunnel_token` only when bootstrapping by hand."
  value       = cloudflare_zero_trust_tunnel_cloudflared.edge.tunnel_token
  sensitive   = true
}
