# Logpush jobs managed by Terraform. One-off jobs created with
# scripts/create-logpush-job.sh live as JSON under logpush/jobs/.

# HTTP requests -> R2 (zone-scoped). R2 needs no ownership challenge.
resource "cloudflare_logpush_job" "http_requests_r2" {
  zone_id          = var.zone_id
  name             = "http-requests-r2"
  dataset          = "http_requests"
  enabled          = true
  max_upload_bytes = 5000000
  destination_conf = "r2://${var.r2_logs_bucket}/http_requests/{DATE}?account-id=${var.account_id}&access-key-id=${var.r2_access_key_id}&secret-access-key=${var.r2_secret_access_key}"

  output_options {
    field_names      = ["ClientIP", "ClientRequestHost", "ClientRequestMethod", "ClientRequestURI", "EdgeResponseStatus", "EdgeStartTimestamp", "RayID"]
    timestamp_format = "rfc3339"
    output_type      = "ndjson"
  }
}

# Gateway DNS -> S3 in the security account; S3 requires an ownership challenge.
resource "cloudflare_logpush_ownership_challenge" "gateway_dns" {
  account_id       = var.account_id
  destination_conf = "s3://acme-security-logs/cloudflare/gateway_dns/{DATE}?region=eu-west-1&sse=AES256"
}

resource "cloudflare_logpush_job" "gateway_dns_s3" {
  account_id          = var.account_id
  name                = "gateway-dns-s3"
  dataset             = "gateway_dns"
  enabled             = true
  destination_conf    = cloudflare_logpush_ownership_challenge.gateway_dns.destination_conf
  ownership_challenge = cloudflare_logpush_ownership_challenge.gateway_dns.ownership_challenge_filename
}

# Firewall events -> Datadog
resource "cloudflare_logpush_job" "firewall_datadog" {
  zone_id          = var.zone_id
  name             = "firewall-events-datadog"
  dataset          = "firewall_events"
  enabled          = true
  destination_conf = "datadog://http-intake.logs.datadoghq.eu/api/v2/logs?header_DD-API-KEY=${var.datadog_api_key}&ddsource=cloudflare&service=waf&host=acme-shop.com"
  filter = jsonencode({
    where = { key = "Action", operator = "in", value = ["block", "managed_challenge"] }
  })
}
