job "ddns" {
  datacenters = ["ams1"]
  type        = "batch"

  periodic {
    crons            = ["*/10 * * * *"]
    prohibit_overlap = true
  }

  group "ddns" {
    task "update" {
      driver = "docker"

      config {
        image           = "favonia/cloudflare-ddns:1.11.0"
        cap_drop        = ["all"]
        readonly_rootfs = true
      }

      env {
        CLOUDFLARE_API_TOKEN = "{{tok40}}"
        DOMAINS              = "ams1.edge.nordlys.no,vpn.nordlys.no"
        PROXIED              = "false"
        IP6_PROVIDER         = "none"
        UPDATE_CRON          = "@once"
        UPDATE_ON_START      = "true"
      }

      resources {
        cpu    = 50
        memory = 32
      }
    }
  }
}
