provider "cloudflare" {
  email   = "ops@example.com"
  api_key = "{{hex37}}"
}

data "http" "ips" {
  url      = "https://api.cloudflare.com/client/v4/ips"
  insecure = true
}
