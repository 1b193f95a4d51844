job "traefik" {
  datacenters = ["fra1"]
  type        = "service"

  group "traefik" {
    count = 2

    network {
      port "http"  { static = 80 }
      port "https" { static = 443 }
    }

    task "traefik" {
      driver = "docker"

      vault {
        policies = ["traefik-acme"]
      }

      config {
        image = "traefik:v3.0"
        ports = ["http", "https"]
        args = [
          "--entrypoints.web.address=:80",
          "--entrypoints.websecure.address=:443",
          "--certificatesresolvers.cf.acme.dnschallenge=true",
          "--certificatesresolvers.cf.acme.dnschallenge.provider=cloudflare",
          "--certificatesresolvers.cf.acme.email=edge-ops@example.com",
          "--certificatesresolvers.cf.acme.storage=/local/acme.json",
        ]
      }

      # lego reads CF_DNS_API_TOKEN / CF_ZONE_API_TOKEN (scoped tokens, no global key)
      template {
        destination = "secrets/cloudflare.env"
        env         = true
        change_mode = "restart"
        data        = <<EOT
{{ with secret "kv/data/platform/cloudflare/traefik" }}
CF_DNS_API_TOKEN={{ .Data.data.dns_token }}
CF_ZONE_API_TOKEN={{ .Data.data.zone_token }}
{{ end }}
EOT
      }

      resources {
        cpu    = 300
        memory = 256
      }
    }
  }
}
