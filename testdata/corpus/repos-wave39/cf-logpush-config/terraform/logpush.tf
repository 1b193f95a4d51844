terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }
  backend "s3" {
    bucket = "example-tfstate"
    key    = "cloudflare/logpush.tfstate"
    region = "eu-west-1"
  }
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

variable "account_id" { type = string }
variable "zone_id" { type = string }

variable "r2_access_key_id" {
  type = string
}

variable "r2_secret_access_key" {
  type      = string
  sensitive = true
}

# --- HTTP requests -> R2 (no ownership challenge needed for R2) ---
resource "cloudflare_logpush_job" "http_requests_r2" {
  enabled          = true
  zone_id          = var.zone_id
  name             = "http-requests-r2"
  dataset          = "http_requests"
  output_options {
    field_names      = ["ClientIP", "ClientRequestHost", "ClientRequestMethod", "ClientRequestURI", "EdgeEndTimestamp", "EdgeResponseBytes", "EdgeResponseStatus", "EdgeStartTimestamp", "RayID", "SecurityAction"]
    timestamp_format = "rfc3339"
  }
  destination_conf = "r2://cf-logs/http_requests/{DATE}?account-id=${var.account_id}&access-key-id=${var.r2_access_key_id}&secret-access-key=${var.r2_secret_access_key}"
  frequency        = "high"
}

# --- Firewall events -> S3 (ownership challenge required) ---
resource "cloudflare_logpush_ownership_challenge" "fw_s3" {
  zone_id          = var.zone_id
  destination_conf = "s3://example-cf-firewall/events/{DATE}?region=eu-west-1&sse=AES256"
}

data "aws_s3_object" "challenge" {
  bucket = "example-cf-firewall"
  key    = cloudflare_logpush_ownership_challenge.fw_s3.ownership_challenge_filename
}

resource "cloudflare_logpush_job" "firewall_events_s3" {
  enabled             = true
  zone_id             = var.zone_id
  name                = "firewall-events-s3"
  dataset             = "firewall_events"
  logpull_options     = "fields=Action,ClientIP,ClientRequestHost,ClientRequestPath,Datetime,RayID,RuleID,Source&timestamps=rfc3339"
  destination_conf    = "s3://example-cf-firewall/events/{DATE}?region=eu-west-1&sse=AES256"
  ownership_challenge = data.aws_s3_object.challenge.body
}

# --- Access requests -> HTTP collector behind Cloudflare Access ---
variable "collector_access_client_id" { type = string }
variable "collector_access_client_secret" {
  type      = string
  sensitive = true
}

resource "cloudflare_logpush_job" "access_requests_http" {
  enabled          = true
  account_id       = var.account_id
  name             = "access-requests-collector"
  dataset          = "access_requests"
  destination_conf = "https://collector.siem.example.com/cloudflare/access?header_CF-Access-Client-Id=${var.collector_access_client_id}&header_CF-Access-Client-Secret=${var.collector_access_client_secret}"
}
