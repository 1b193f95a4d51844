job "cloudflared" {
  datacenters = ["fra1", "ams3"]
  type        = "system"

  group "tunnel" {
    network {
      port "metrics" {
        static = 2000
      }
    }

    task "cloudflared" {
      driver = "docker"

      config {
        image        = "cloudflare/cloudflared:2024.6.1"
        network_mode = "host"
        args = [
          "tunnel", "--no-autoupdate",
          "--metrics", "0.0.0.0:2000",
          "run",
          "--token", "{{tunnel}}",
        ]
      }

      service {
        name     = "cloudflared-metrics"
        port     = "metrics"
        provider = "consul"
        check {
          type     = "http"
          path     = "/ready"
          interval = "15s"
          timeout  = "3s"
        }
      }

      resources {
        cpu    = 200
        memory = 256
      }
    }
  }
}
