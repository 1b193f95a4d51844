# Provider v4 token resources. A comment `want: RULE...` on a resource line or
# attribute line lists the findings reported on that line.

terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.0"
    }
  }
}

data "cloudflare_api_token_permission_groups" "all" {}

# Good: expiry, IP filter, one zone.
resource "cloudflare_api_token" "good" {
  name = "dns-edit"
  policy {
    permission_groups = [data.cloudflare_api_token_permission_groups.all.zone["DNS Write"]]
    resources = {
      "com.cloudflare.api.account.zone.${var.zone_id}" = "*"
    }
  }
  condition {
    request_ip {
      in     = ["192.0.2.0/24"]
      not_in = ["192.0.2.1/32"]
    }
  }
  not_before = "2026-01-01T00:00:00Z"
  expires_on = "2027-01-01T00:00:00Z"
}

resource "cloudflare_api_token" "all_zones" { # want: CF401 CF402
  name = "all-zones"
  policy {
    permission_groups = [data.cloudflare_api_token_permission_groups.all.zone["Zone Read"]]
    resources = {
      "com.cloudflare.api.account.zone.*" = "*" # want: CF403
    }
  }
}

resource "cloudflare_api_token" "all_accounts" {
  name = "all-accounts"
  policy {
    effect            = "allow"
    permission_groups = [data.cloudflare_api_token_permission_groups.all.account["Account Settings Read"]]
    resources = {
      "com.cloudflare.api.account.*" = "*" # want: CF403
    }
  }
  condition { # want: CF402
    request_ip {
      not_in = ["198.51.100.0/24"]
    }
  }
  expires_on = var.expiry
}

# Deny of all zones next to an allow of one: fine. Dynamic policy blocks are unknown.
resource "cloudflare_api_token" "deny_and_dynamic" {
  name = "deny"
  policy {
    effect            = "deny"
    permission_groups = ["c8fed203ed3043cba015a93ad1616f1f"]
    resources         = { "com.cloudflare.api.account.zone.*" = "*" }
  }
  dynamic "policy" {
    for_each = var.policies
    content {
      permission_groups = policy.value.groups
      resources         = policy.value.resources
    }
  }
  dynamic "condition" {
    for_each = var.cidrs == null ? [] : [1]
    content {
      request_ip {
        in = var.cidrs
      }
    }
  }
  expires_on = timeadd(timestamp(), "720h")
}

resource "cloudflare_api_token" "nulls" {
  name = "nulls"
  policy {
    permission_groups = ["c8fed203ed3043cba015a93ad1616f1f"]
    resources         = merge(var.extra, { "com.cloudflare.api.account.zone.*" = "*" }) # want: CF403
  }
  condition {
    request_ip {
      in = var.cidrs
    }
  }
  expires_on = null # want: CF401
}

resource "cloudflare_api_token" "empty_in" {
  name = "empty-in"
  policy {
    permission_groups = ["c8fed203ed3043cba015a93ad1616f1f"]
    resources         = local.token_resources
  }
  condition { # want: CF402
    request_ip {
      in = []
    }
  }
  expires_on = "2027-01-01T00:00:00Z"
}

# Other resources are not tokens.
resource "cloudflare_record" "www" {
  zone_id = var.zone_id
  name    = "www"
  type    = "CNAME"
  content = "example.com"
}

provider "cloudflare" {
  email   = var.cloudflare_email
  api_key = var.cloudflare_api_key # want: CF201
}

provider "cloudflare" {
  alias                = "origin"
  api_user_service_key = var.origin_ca_key # want: CF202
  api_key              = null
}
