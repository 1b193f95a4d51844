variable "account_id" {
  default = "{{hex32}}"
}

variable "zone_id" {
  default = "{{hex32}}"
}

variable "r2_logs_secret_access_key" {
  type      = string
  sensitive = true
}

provider "cloudflare" {
  # CLOUDFLARE_API_TOKEN is set in the Atlantis environment
}

resource "cloudflare_logpush_job" "http_requests" {
  enabled          = true
  zone_id          = var.zone_id
  name             = "http-requests-to-r2"
  dataset          = "http_requests"
  logpull_options  = "fields=ClientIP,ClientRequestHost,ClientRequestMethod,ClientRequestURI,EdgeResponseStatus,EdgeStartTimestamp,RayID&timestamps=rfc3339"
  destination_conf = "r2://acme-logs/http_requests/{DATE}?account-id={{hex32}}&access-key-id={{hex32}}&secret-access-key={{hex64}}"
}

resource "cloudflare_logpush_job" "firewall_events" {
  enabled          = true
  zone_id          = var.zone_id
  name             = "firewall-events-to-r2"
  dataset          = "firewall_events"
  destination_conf = "r2://acme-logs/firewall_events/{DATE}?account-id=${var.account_id}&access-key-id=${var.r2_logs_access_key_id}&secret-access-key=${var.r2_logs_secret_access_key}"
}
