variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

variable "zone_id" {
  type = string
}

provider "cfzonekit" {
  api_token = var.cloudflare_api_token
}

resource "cfzonekit_baseline" "this" {
  zone_id = var.zone_id
  profile = "strict"

  settings = {
    always_use_https = "on"
    min_tls_version  = "1.2"
    ssl              = "strict"
  }
}
