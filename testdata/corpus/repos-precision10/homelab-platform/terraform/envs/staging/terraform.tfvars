# Staging environment for modules/cloudflare-dns.
# Applied from the ops laptop: `terraform -chdir=terraform/envs/staging apply`

account_id = "{{hex32}}"
zone_name  = "staging.example.org"

# TODO: move to TF_VAR_cloudflare_api_token before this repo goes public
cloudflare_api_token = "{{cfut}}"

enable_tunnel = false

records = {
  apex = {
    name    = "@"
    type    = "A"
    content = "198.51.100.20"
    proxied = true
  }
  www = {
    name    = "www"
    type    = "CNAME"
    content = "staging.example.org"
    proxied = true
  }
  mail = {
    name     = "@"
    type     = "MX"
    content  = "mx1.example-mail.net"
    priority = 10
  }
  spf = {
    name    = "@"
    type    = "TXT"
    content = "v=spf1 include:_spf.example-mail.net -all"
  }
}
