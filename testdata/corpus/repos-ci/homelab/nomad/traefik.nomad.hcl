job "traefik" {
  datacenters = ["home"]
  type        = "system"

  group "traefik" {
    network {
      port "https" { static = 443 }
    }

    task "traefik" {
      driver = "docker"

      config {
        image        = "traefik:v3.1"
        network_mode = "host"
        args = [
          "--certificatesresolvers.cf.acme.dnschallenge.provider=cloudflare",
          "--certificatesresolvers.cf.acme.email=me@homelab.example.net",
        ]
      }

      template {
        destination = "secrets/cf.env"
        env         = true
        data        = <<EOH
CF_DNS_API_TOKEN={{tok40}}
CF_ZONE_API_TOKEN={{ with nomadVar "nomad/jobs/traefik" }}{{ .zone_token }}{{ end }}
EOH
      }

      resources {
        cpu    = 200
        memory = 256
      }
    }
  }
}
