job "cloudflared" {
  datacenters = ["ams1"]
  type        = "system"

  group "cloudflared" {
    network {
      mode = "host"
      port "metrics" {
        static = 2000
      }
    }

    task "cloudflared" {
      driver = "docker"

      config {
        image        = "cloudflare/cloudflared:2024.4.1"
        args         = ["tunnel", "--no-autoupdate", "--metrics", "0.0.0.0:2000", "run"]
        network_mode = "host"
      }

      # Token lives in Nomad Variables at nomad/jobs/cloudflared
      template {
        data        = <<-EOF
          {{ with nomadVar "nomad/jobs/cloudflared" }}
          TUNNEL_TOKEN={{ .tunnel_token }}
          {{ end }}
        EOF
        destination = "secrets/tunnel.env"
        env         = true
        change_mode = "restart"
      }

      resources {
        cpu    = 100
        memory = 128
      }

      service {
        name     = "cloudflared"
        port     = "metrics"
        provider = "nomad"
        check {
          type     = "http"
          path     = "/ready"
          interval = "15s"
          timeout  = "3s"
        }
      }
    }
  }
}
