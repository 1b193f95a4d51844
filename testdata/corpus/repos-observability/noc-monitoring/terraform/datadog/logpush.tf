provider "cloudflare" {
  api_token = var.cloudflare_logpush_token
}

variable "cloudflare_logpush_token" {
  type      = string
  sensitive = true
}

resource "cloudflare_logpush_job" "datadog_firewall" {
  enabled          = true
  zone_id          = "{{hex32}}"
  name             = "datadog-firewall-events"
  dataset          = "firewall_events"
  logpull_options  = "fields=Action,ClientIP,ClientRequestHost,ClientRequestPath,Datetime,RayID,RuleID,Source&timestamps=rfc3339"
  destination_conf = "datadog://http-intake.logs.datadoghq.eu/api/v2/logs?header_DD-API-KEY=${var.datadog_api_key}&ddsource=cloudflare&service=edge&host=example.com"
}
