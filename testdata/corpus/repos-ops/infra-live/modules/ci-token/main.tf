terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }
}

variable "account_id" {
  type = string
}

data "cloudflare_api_token_permission_groups" "all" {}

# Token used by the GitHub Actions deploy pipeline.
resource "cloudflare_api_token" "ci_deploy" {
  name = "ci-deploy-${var.account_id}"

  policy {
    permission_groups = [
      data.cloudflare_api_token_permission_groups.all.zone["DNS Write"],
      data.cloudflare_api_token_permission_groups.all.zone["Cache Purge"],
      data.cloudflare_api_token_permission_groups.all.zone["Zone Read"],
    ]
    resources = {
      "com.cloudflare.api.account.zone.*" = "*"
    }
  }
}

output "ci_deploy_token" {
  value     = cloudflare_api_token.ci_deploy.value
  sensitive = true
}
