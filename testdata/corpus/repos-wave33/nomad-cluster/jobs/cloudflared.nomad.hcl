job "cloudflared" {
  datacenters = ["dc1"]
  type        = "service"

  group "tunnel" {
    count = 2

    network {
      port "metrics" {
        to = 2000
      }
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

    task "cloudflared" {
      driver = "docker"

      config {
        image = "cloudflare/cloudflared:2024.8.2"
        ports = ["metrics"]
        args  = ["tunnel", "--no-autoupdate", "--metrics", "0.0.0.0:2000", "run"]
      }

      env {
        # TODO: move to Nomad Variables (nomad/jobs/cloudflared) like ddns
        TUNNEL_TOKEN    = "{{tunnel}}"
        TUNNEL_LOGLEVEL = "info"
      }

      resources {
        cpu    = 100
        memory = 128
      }
    }
  }
}
