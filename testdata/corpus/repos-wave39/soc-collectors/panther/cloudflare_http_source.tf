# Panther HTTP log source for Cloudflare Logpush + the Logpush job that feeds it.
terraform {
  required_providers {
    panther = {
      source  = "panther-labs/panther"
      version = "~> 0.2"
    }
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }
}

provider "panther" {
  url   = "https://api.example.runpanther.net/public/graphql"
  token = var.panther_api_token
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

variable "panther_api_token" {
  type      = string
  sensitive = true
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

variable "account_id" { type = string }

# Shared secret Panther checks on every push. This is a Panther ingest secret,
# generated for this source only (rotated 2024-04, SEC-2310).
locals {
  panther_cf_shared_secret = "{{b64_32}}"
}

resource "panther_httpsource" "cloudflare_http_requests" {
  integration_label     = "cloudflare-http-requests"
  log_stream_type       = "JSONArray"
  log_types             = ["Cloudflare.HttpRequest"]
  auth_method           = "SharedSecret"
  auth_header_key       = "X-Panther-Secret"
  auth_secret_value     = local.panther_cf_shared_secret
  log_stream_type_options = {
    json_array_envelope_field = ""
  }
}

resource "panther_httpsource" "cloudflare_firewall" {
  integration_label = "cloudflare-firewall-events"
  log_stream_type   = "Auto"
  log_types         = ["Cloudflare.Firewall"]
  auth_method       = "None"
}

resource "cloudflare_logpush_job" "panther_http_requests" {
  account_id       = var.account_id
  name             = "panther-http-requests"
  dataset          = "http_requests"
  enabled          = true
  destination_conf = "https://logs.example.runpanther.net/http/${panther_httpsource.cloudflare_http_requests.id}?header_X-Panther-Secret=${local.panther_cf_shared_secret}"
  output_options {
    output_type      = "ndjson"
    timestamp_format = "rfc3339"
    field_names      = ["ClientIP", "ClientRequestHost", "ClientRequestMethod", "ClientRequestURI", "EdgeResponseStatus", "EdgeStartTimestamp", "RayID"]
  }
}
