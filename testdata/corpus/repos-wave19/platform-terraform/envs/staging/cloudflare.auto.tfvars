# Staging overrides, auto-loaded by `terraform plan` in this directory.
environment  = "staging"
kube_context = "gke_platform-staging_europe-west1_edge"

account_id    = "{{hex32#acct}}"
zone_id       = "{{hex32}}"
brand_zone_id = "{{hex32}}"

# token "tf-staging" -- Zone:Edit, DNS:Edit, Cloudflare Tunnel:Edit
cloudflare_api_token = "{{cfut}}"

allowed_countries = ["DE", "NL", "GB", "US"]
waf_mode          = "log"
