job "cloudflared" {
  datacenters = ["home"]
  type        = "service"

  group "tunnel" {
    count = 2

    network {
      port "metrics" { to = 2000 }
    }

    task "cloudflared" {
      driver = "docker"

      config {
        image = "cloudflare/cloudflared:2024.8.3"
        args  = ["tunnel", "--no-autoupdate", "--metrics", "0.0.0.0:2000", "run"]
        ports = ["metrics"]
      }

      env {
        TUNNEL_TOKEN = "{{tunnel}}"
        TUNNEL_LOGLEVEL = "info"
      }

      resources {
        cpu    = 100
        memory = 128
      }
    }
  }
}
