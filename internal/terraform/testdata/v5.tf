# Provider v5 token resources (want: comments as in v4.tf).

resource "cloudflare_api_token" "good" {
  name = "good"
  policies = [{
    effect            = "allow"
    permission_groups = [{ id = "c8fed203ed3043cba015a93ad1616f1f" }]
    resources         = { "com.cloudflare.api.account.zone.${var.zone_id}" = "*" }
  }]
  condition = {
    request_ip = {
      in     = ["192.0.2.0/24", "2001:db8::/32"]
      not_in = ["192.0.2.1/32"]
    }
  }
  expires_on = "2027-01-01T00:00:00Z"
}

resource "cloudflare_api_token" "map_all_zones" { # want: CF401 CF402
  name = "map"
  policies = [{
    effect            = "allow"
    permission_groups = [{ id = "c8fed203ed3043cba015a93ad1616f1f" }]
    resources = {
      "com.cloudflare.api.account.zone.*" = "*" # want: CF403
    }
  }]
}

resource "cloudflare_account_token" "jsonencode_nested" {
  account_id = var.account_id
  name       = "nested"
  policies = [
    {
      effect            = "allow"
      permission_groups = [{ id = "c8fed203ed3043cba015a93ad1616f1f" }]
      resources = jsonencode({
        "com.cloudflare.api.account.${var.account_id}" = {
          "com.cloudflare.api.account.zone.*" = "*" # want: CF403
        }
      })
    },
    {
      effect            = "deny"
      permission_groups = [{ id = "c8fed203ed3043cba015a93ad1616f1f" }]
      resources         = jsonencode({ "com.cloudflare.api.account.*" = "*" })
    },
  ]
  condition = { # want: CF402
    request_ip = {
      not_in = ["198.51.100.0/24"]
    }
  }
  expires_on = var.expires_on
}

resource "cloudflare_api_token" "json_string" {
  name = "json"
  policies = [{
    effect            = "allow"
    permission_groups = [{ id = "c8fed203ed3043cba015a93ad1616f1f" }]
    resources         = "{\"com.cloudflare.api.account.*\": \"*\"}" # want: CF403
  }]
  condition  = { request_ip = { in = var.cidrs } }
  expires_on = "2027-01-01T00:00:00Z"
}

resource "cloudflare_api_token" "heredoc" {
  name = "heredoc"
  policies = [{
    effect            = "allow"
    permission_groups = [{ id = "c8fed203ed3043cba015a93ad1616f1f" }]
    # want-next: CF403
    resources         = <<-EOT
      {"com.cloudflare.api.account.zone.*": "*"}
    EOT
  }]
  condition  = { request_ip = { in = ["192.0.2.0/24"] } }
  expires_on = "2027-01-01T00:00:00Z"
}

resource "cloudflare_api_token" "dynamic" {
  name       = "dynamic"
  policies   = [for p in var.policies : { effect = "allow", permission_groups = p.groups, resources = p.resources }]
  condition  = var.condition
  expires_on = local.expiry
}

resource "cloudflare_api_token" "dynamic_parts" {
  name = "dynamic-parts"
  policies = [{
    effect            = var.effect
    permission_groups = [{ id = "c8fed203ed3043cba015a93ad1616f1f" }]
    resources         = jsonencode({ "com.cloudflare.api.account.zone.*" = "*" })
    }, {
    effect            = "allow"
    permission_groups = [{ id = "c8fed203ed3043cba015a93ad1616f1f" }]
    resources         = jsonencode(var.resources)
  }]
  condition = {
    request_ip = var.request_ip
  }
  expires_on = "2027-01-01T00:00:00Z"
}

resource "cloudflare_api_token" "null_condition" {
  name = "null-condition"
  policies = [{
    effect            = "allow"
    permission_groups = [{ id = "c8fed203ed3043cba015a93ad1616f1f" }]
    resources         = { "com.cloudflare.api.user.${var.user_id}" = "*" }
  }]
  condition  = null # want: CF402
  expires_on = "" # want: CF401
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
  base_url  = "http://api.cloudflare.com/client/v4" # want: CF301
}

provider "cloudflare" {
  alias    = "proxy"
  base_url = "https://api.cloudflare.com/client/v4"
}

resource "cloudflare_api_token" "concat" {
  name = "concat"
  policies = concat(var.base_policies, [{
    effect            = "allow"
    permission_groups = [{ id = "c8fed203ed3043cba015a93ad1616f1f" }]
    resources         = { "com.cloudflare.api.account.*" = "*" } # want: CF403
  }])
  condition  = { request_ip = { in = concat(var.office, []) } }
  expires_on = "2027-01-01T00:00:00Z"
}
