data "cloudflare_api_token_permission_groups" "all" {}

data "cloudflare_user" "me" {}

# CI token for the platform pipeline: broad on purpose, reviewed in SEC-412
resource "cloudflare_api_token" "ci_platform" {
  name = "ci-platform-terraform"

  policy {
    permission_groups = [
      data.cloudflare_api_token_permission_groups.all.account["Account Settings Write"],
      data.cloudflare_api_token_permission_groups.all.account["Workers Scripts Write"],
      data.cloudflare_api_token_permission_groups.all.account["Cloudflare Tunnel Write"],
    ]
    resources = {
      "com.cloudflare.api.account.*" = "*"
    }
  }

  policy {
    permission_groups = [
      data.cloudflare_api_token_permission_groups.all.zone["Zone Write"],
      data.cloudflare_api_token_permission_groups.all.zone["DNS Write"],
    ]
    resources = {
      "com.cloudflare.api.account.zone.*" = "*"
    }
  }

  condition {
    request_ip {
      in = ["192.0.2.0/24"]
    }
  }
}

output "ci_platform_token" {
  value     = cloudflare_api_token.ci_platform.value
  sensitive = true
}
