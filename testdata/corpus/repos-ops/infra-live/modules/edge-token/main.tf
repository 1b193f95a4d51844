terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }
}

variable "zone_id" {
  type = string
}

variable "runner_cidrs" {
  type    = list(string)
  default = ["198.51.100.0/26"]
}

data "cloudflare_api_token_permission_groups" "all" {}

# Short-lived, IP-bound token for the edge config runner.
resource "cloudflare_api_token" "edge_runner" {
  name = "edge-runner"

  policy {
    permission_groups = [
      data.cloudflare_api_token_permission_groups.all.zone["DNS Write"],
    ]
    resources = {
      "com.cloudflare.api.account.zone.${var.zone_id}" = "*"
    }
  }

  condition {
    request_ip {
      in = var.runner_cidrs
    }
  }

  not_before = "2024-06-01T00:00:00Z"
  expires_on = "2024-12-31T23:59:59Z"
}

output "edge_runner_token" {
  value     = cloudflare_api_token.edge_runner.value
  sensitive = true
}
