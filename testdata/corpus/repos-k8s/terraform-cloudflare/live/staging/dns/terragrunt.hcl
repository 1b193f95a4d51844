include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "../../../modules//dns"
}

inputs = {
  zone_id              = "{{hex32}}"
  cloudflare_api_token = get_env("CLOUDFLARE_API_TOKEN")
  records = {
    "staging" = { type = "CNAME", content = "staging-example.pages.dev" }
  }
}
