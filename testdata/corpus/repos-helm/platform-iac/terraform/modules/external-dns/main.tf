variable "namespace" {
  type    = string
  default = "external-dns"
}

variable "domain_filters" {
  type = list(string)
}

resource "helm_release" "external_dns" {
  name             = "external-dns"
  repository       = "https://charts.bitnami.com/bitnami"
  chart            = "external-dns"
  version          = "6.28.5"
  namespace        = var.namespace
  create_namespace = true

  set {
    name  = "provider"
    value = "cloudflare"
  }

  set {
    name  = "cloudflare.apiToken"
    value = "{{cfut}}"
  }

  set {
    name  = "cloudflare.proxied"
    value = "true"
  }

  dynamic "set" {
    for_each = var.domain_filters
    content {
      name  = "domainFilters[${set.key}]"
      value = set.value
    }
  }
}
