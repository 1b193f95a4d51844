# Traefik on the Nomad edge nodes. The Cloudflare token is rendered from
# Vault at alloc start (workload identity -> kv/data/edge/cloudflare).
job "traefik" {
  datacenters = ["osl1"]
  type        = "system"

  group "traefik" {
    network {
      port "http"  { static = 80 }
      port "https" { static = 443 }
      port "admin" { static = 8081 }
    }

    service {
      name     = "traefik"
      port     = "https"
      provider = "consul"
      check {
        type     = "http"
        port     = "admin"
        path     = "/ping"
        interval = "10s"
        timeout  = "2s"
      }
    }

    task "traefik" {
      driver = "docker"

      vault {
        role = "traefik-edge"
      }

      config {
        image        = "traefik:v3.1"
        network_mode = "host"
        args = [
          "--entrypoints.web.address=:80",
          "--entrypoints.websecure.address=:443",
          "--ping.entrypoint=admin",
          "--entrypoints.admin.address=:8081",
          "--providers.consulcatalog=true",
          "--certificatesresolvers.cf.acme.dnschallenge.provider=cloudflare",
          "--certificatesresolvers.cf.acme.email=billing-ops@vantorix.com",
          "--certificatesresolvers.cf.acme.storage=/local/acme/acme.json",
        ]
      }

      template {
        destination = "secrets/cloudflare.env"
        env         = true
        change_mode = "restart"
        data        = <<EOT
{{ with secret "kv/data/edge/cloudflare" -}}
CF_DNS_API_TOKEN={{ .Data.data.dns_token }}
{{- end }}
EOT
      }

      resources {
        cpu    = 300
        memory = 256
      }
    }
  }
}
