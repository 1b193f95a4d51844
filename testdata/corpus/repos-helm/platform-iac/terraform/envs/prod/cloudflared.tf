resource "helm_release" "cloudflared" {
  name       = "cloudflared"
  repository = "https://cloudflare.github.io/helm-charts"
  chart      = "cloudflare-tunnel-remote"
  namespace  = "cloudflared"

  create_namespace = true

  set_sensitive {
    name  = "cloudflare.tunnel_token"
    value = "{{tunnel}}"
  }

  set {
    name  = "replicaCount"
    value = 3
  }
}

resource "helm_release" "cert_manager_issuer" {
  name      = "cluster-issuers"
  chart     = "${path.module}/../../charts/cluster-issuers"
  namespace = "cert-manager"

  set_sensitive {
    name  = "cloudflare.apiToken"
    value = "{{cfat}}"
  }
}
