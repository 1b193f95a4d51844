resource "helm_release" "traefik" {
  name             = "traefik"
  repository       = "https://traefik.github.io/charts"
  chart            = "traefik"
  version          = "26.0.0"
  namespace        = "traefik"
  create_namespace = true

  values = [file("${path.module}/values/traefik.yaml")]

  set {
    name  = "env[0].name"
    value = "CF_API_EMAIL"
  }
  set {
    name  = "env[0].value"
    value = "platform@shopfront.io"
  }
  set {
    name  = "env[1].name"
    value = "CF_API_KEY"
  }
  set_sensitive {
    name  = "env[1].value"
    value = "{{cfk}}"
  }
}
