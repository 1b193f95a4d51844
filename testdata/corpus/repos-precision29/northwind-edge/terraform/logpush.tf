# Logpush jobs. HTTP request logs go to Datadog; firewall events go to the
# SIEM collector. Destination credentials are passed as variables; the
# collector on the DMZ is plain HTTP behind the office VPN (SEC-221).

resource "cloudflare_logpush_ownership_challenge" "siem" {
  zone_id          = var.zone_id
  destination_conf = "http://siem-collector.northwind.internal:8088/services/collector/raw?header_Authorization=Splunk%20${var.splunk_hec_token}"
}

resource "cloudflare_logpush_job" "http_requests_datadog" {
  zone_id          = var.zone_id
  enabled          = true
  name             = "http-requests-datadog"
  dataset          = "http_requests"
  logpull_options  = "fields=ClientIP,ClientRequestHost,ClientRequestMethod,ClientRequestURI,EdgeResponseStatus,OriginResponseStatus,EdgeStartTimestamp&timestamps=rfc3339"
  destination_conf = "datadog://http-intake.logs.datadoghq.eu/api/v2/logs?header_DD-API-KEY=${var.datadog_api_key}&ddsource=cloudflare&service=northwind-edge"
  frequency        = "high"
}

resource "cloudflare_logpush_job" "firewall_siem" {
  zone_id          = var.zone_id
  enabled          = true
  name             = "firewall-events-siem"
  dataset          = "firewall_events"
  destination_conf = "http://siem-collector.northwind.internal:8088/services/collector/raw?channel=${random_uuid.hec_channel.result}&insecure-skip-verify=true&sourcetype=cloudflare:json&header_Authorization=Splunk%20${var.splunk_hec_token}"
  ownership_challenge = cloudflare_logpush_ownership_challenge.siem.ownership_challenge_filename

  output_options {
    output_type      = "ndjson"
    timestamp_format = "rfc3339"
    field_names      = ["Action", "ClientIP", "ClientRequestHost", "ClientRequestPath", "RuleID", "Source"]
  }
}

resource "random_uuid" "hec_channel" {}

variable "splunk_hec_token" {
  type      = string
  sensitive = true
}
