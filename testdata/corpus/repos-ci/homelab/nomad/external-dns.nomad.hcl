job "external-dns" {
  datacenters = ["home"]

  group "external-dns" {
    task "external-dns" {
      driver = "docker"

      vault {
        policies = ["cloudflare-read"]
      }

      config {
        image = "registry.k8s.io/external-dns/external-dns:v0.14.2"
        args = [
          "--source=fake",
          "--provider=cloudflare",
          "--domain-filter=homelab.example.net",
        ]
      }

      template {
        destination = "secrets/cloudflare.env"
        env         = true
        data        = <<EOH
{{ with secret "kv/data/cloudflare/external-dns" }}
CF_API_TOKEN={{ .Data.data.api_token }}
{{ end }}
EOH
      }

      env {
        CF_ZONE_ID = "{{hex32}}"
      }
    }
  }
}
