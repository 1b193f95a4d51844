job "traefik" {
  datacenters = ["dc1"]
  type        = "system"

  group "traefik" {
    network {
      port "http" {
        static = 80
      }
      port "https" {
        static = 443
      }
      port "admin" {
        static = 8081
      }
    }

    task "traefik" {
      driver = "docker"

      vault {
        policies = ["traefik"]
      }

      config {
        image        = "traefik:v3.1"
        network_mode = "host"
        volumes      = ["/opt/traefik/letsencrypt:/letsencrypt"]
        args = [
          "--entrypoints.web.address=:80",
          "--entrypoints.websecure.address=:443",
          "--api.dashboard=true",
          "--providers.nomad=true",
          "--providers.nomad.endpoint.address=https://127.0.0.1:4646",
          # local agent uses the cluster's self-signed CA
          "--providers.nomad.endpoint.tls.insecureSkipVerify=true",
          "--certificatesresolvers.cf.acme.email=ops@example.com",
          "--certificatesresolvers.cf.acme.storage=/letsencrypt/acme.json",
          "--certificatesresolvers.cf.acme.dnschallenge.provider=cloudflare",
          "--certificatesresolvers.cf.acme.dnschallenge.resolvers=1.1.1.1:53",
        ]
      }

      # lego reads the Cloudflare token from the environment
      template {
        destination = "secrets/cloudflare.env"
        env         = true
        change_mode = "restart"
        data        = <<EOH
{{ with secret "kv/data/traefik/cloudflare" }}
CF_DNS_API_TOKEN={{ .Data.data.dns_token }}
CF_ZONE_API_TOKEN={{ .Data.data.zone_token }}
{{ end }}
EOH
      }

      env {
        CF_POLLING_INTERVAL    = "5"
        CF_PROPAGATION_TIMEOUT = "180"
      }

      resources {
        cpu    = 200
        memory = 256
      }
    }
  }
}
