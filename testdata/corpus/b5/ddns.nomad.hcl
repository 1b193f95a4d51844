job "ddns" {
  datacenters = ["home"]
  type        = "batch"

  group "ddns" {
    task "update" {
      driver = "docker"
      config {
        image = "favonia/cloudflare-ddns:1"
      }
      env {
        CLOUDFLARE_API_TOKEN = "{{tok40}}"
        DOMAINS              = "home.example.org"
      }
    }
  }
}
