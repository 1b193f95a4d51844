data "cloudflare_zone" "main" {
  name = "shopfront.io"
}

resource "cloudflare_api_token" "external_dns" {
  name = "external-dns-prod"

  policy {
    permission_groups = [
      data.cloudflare_api_token_permission_groups.all.zone["DNS Write"],
      data.cloudflare_api_token_permission_groups.all.zone["Zone Read"],
    ]
    resources = {
      "com.cloudflare.api.account.zone.${data.cloudflare_zone.main.id}" = "*"
    }
  }
}

resource "helm_release" "external_dns" {
  name       = "external-dns"
  repository = "https://charts.bitnami.com/bitnami"
  chart      = "external-dns"
  namespace  = "external-dns"

  values = [
    yamlencode({
      provider = "cloudflare"
      cloudflare = {
        proxied = true
      }
      domainFilters = [data.cloudflare_zone.main.name]
    })
  ]

  set_sensitive {
    name  = "cloudflare.apiToken"
    value = cloudflare_api_token.external_dns.value
  }
}
