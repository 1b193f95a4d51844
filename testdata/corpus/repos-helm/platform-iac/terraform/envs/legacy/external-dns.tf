# legacy account still uses the Global API Key; see INFRA-812
resource "helm_release" "external_dns_legacy" {
  name       = "external-dns-legacy"
  repository = "https://charts.bitnami.com/bitnami"
  chart      = "external-dns"
  version    = "6.20.4"
  namespace  = "external-dns"

  values = [
    yamlencode({
      provider = "cloudflare"
      cloudflare = {
        email   = "hostmaster@shopfront.io"
        apiKey  = "{{hex37}}"
        proxied = false
      }
      domainFilters = ["shopfront-legacy.com"]
      txtOwnerId    = "legacy-k8s"
    })
  ]
}
