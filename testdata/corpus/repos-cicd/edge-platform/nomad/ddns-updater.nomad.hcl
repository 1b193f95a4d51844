job "ddns-updater" {
  datacenters = ["home"]
  type        = "service"

  group "ddns" {
    task "ddns-updater" {
      driver = "docker"

      config {
        image = "qmcgaw/ddns-updater:v2.7"
        volumes = ["local/data:/updater/data"]
      }

      # ddns-updater reads its settings from data/config.json
      template {
        destination = "local/data/config.json"
        change_mode = "restart"
        data        = <<EOT
{
  "settings": [
    {
      "provider": "cloudflare",
      "zone_identifier": "{{hex32}}",
      "domain": "home.example.net",
      "ttl": 600,
      "token": "{{tok40}}",
      "ip_version": "ipv4"
    }
  ]
}
EOT
      }
    }
  }
}
