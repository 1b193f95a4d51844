include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "git::ssh://git@github.com/ferncastle/terraform-modules.git//cloudflare-zone?ref=v2.4.1"
}

inputs = {
  zone_name  = "ferncastle.com"
  account_id = "{{hex32}}"
  plan       = "pro"

  # TODO: remove once CI gets CLOUDFLARE_API_TOKEN from the vault again
  cloudflare_api_token = "{{tok40}}"

  records = {
    apex = { name = "@", type = "A", value = "203.0.113.10", proxied = true }
    www  = { name = "www", type = "CNAME", value = "ferncastle.com", proxied = true }
    mx1  = { name = "@", type = "MX", value = "mx1.mailhost.net", priority = 10 }
    spf  = { name = "@", type = "TXT", value = "v=spf1 include:_spf.mailhost.net -all" }
  }

  settings = {
    ssl                      = "strict"
    min_tls_version          = "1.2"
    always_use_https         = "on"
    automatic_https_rewrites = "on"
  }
}
