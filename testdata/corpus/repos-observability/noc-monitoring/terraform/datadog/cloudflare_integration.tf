terraform {
  required_providers {
    datadog = {
      source  = "DataDog/datadog"
      version = "~> 3.39"
    }
  }
}

provider "datadog" {
  api_key = var.datadog_api_key
  app_key = var.datadog_app_key
  api_url = "https://api.datadoghq.eu/"
}

# Datadog <-> Cloudflare integration (Datadog polls Cloudflare analytics).
# Created by hand in 2022 and imported; still on the Global API Key.
resource "datadog_integration_cloudflare_account" "edge" {
  name    = "edge-ops"
  email   = "noc@edge-ops.example.com"
  api_key = "{{hex37}}"
}

resource "datadog_integration_cloudflare_account" "marketing" {
  name      = "marketing-sites"
  api_key   = var.cloudflare_marketing_api_token
  resources = ["web", "dns", "lb", "worker"]
}
