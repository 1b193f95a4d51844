# favonia/cloudflare-ddns for the branch offices. Runs as a single batch-ish
# service on the osl1 edge node that has the office uplink.
job "cloudflare-ddns" {
  datacenters = ["osl1"]
  type        = "service"

  constraint {
    attribute = "${meta.uplink}"
    value     = "office"
  }

  group "ddns" {
    count = 1

    restart {
      attempts = 3
      interval = "10m"
      delay    = "30s"
      mode     = "delay"
    }

    task "ddns" {
      driver = "docker"

      config {
        image        = "favonia/cloudflare-ddns:1.15.1"
        network_mode = "host"
        readonly_rootfs = true
        cap_drop     = ["all"]
      }

      env {
        CLOUDFLARE_API_TOKEN = "{{cfut}}"
        DOMAINS              = "office-osl.vantorix.com,office-ber.vantorix.com"
        PROXIED              = "false"
        UPDATE_CRON          = "@every 5m"
        IP6_PROVIDER         = "none"
        TZ                   = "Europe/Oslo"
      }

      resources {
        cpu    = 50
        memory = 32
      }
    }
  }
}
