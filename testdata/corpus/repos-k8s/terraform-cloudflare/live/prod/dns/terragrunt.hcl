include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "../../../modules//dns"
}

inputs = {
  zone_id              = "{{hex32}}"
  cloudflare_api_token = "{{tok40}}"
  records = {
    "@"   = { type = "A", content = "198.51.100.10" }
    "www" = { type = "CNAME", content = "example.com" }
  }
}
