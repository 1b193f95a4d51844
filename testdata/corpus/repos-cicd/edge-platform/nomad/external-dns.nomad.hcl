job "external-dns" {
  datacenters = ["fra1"]
  type        = "service"
  namespace   = "platform"

  group "external-dns" {
    count = 1

    task "external-dns" {
      driver = "docker"

      config {
        image = "registry.k8s.io/external-dns/external-dns:v0.14.2"
        args = [
          "--source=consul",
          "--provider=cloudflare",
          "--cloudflare-proxied",
          "--domain-filter=edge.example.net",
          "--txt-owner-id=nomad-fra1",
          "--interval=2m",
        ]
      }

      env {
        CF_API_EMAIL = "edge-ops@example.com"
        CF_API_KEY   = "{{hex37}}"
        EXTERNAL_DNS_LOG_LEVEL = "info"
      }

      resources {
        cpu    = 100
        memory = 128
      }
    }
  }
}
