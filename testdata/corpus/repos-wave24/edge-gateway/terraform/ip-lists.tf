# Keeps the "cloudflare_edge" firewall list on the origin routers in sync
# with Cloudflare's published IP ranges.

data "http" "cloudflare_ips_v4" {
  # public text list on the marketing site, not the API
  url = "http://www.cloudflare.com/ips-v4"

  request_headers = {
    Accept = "text/plain"
  }
}

data "http" "cloudflare_ips_v6" {
  url = "http://www.cloudflare.com/ips-v6"
}

# The provider's own data source reads /client/v4/ips over HTTPS.
data "cloudflare_ip_ranges" "current" {}

locals {
  text_v4 = compact(split("\n", trimspace(data.http.cloudflare_ips_v4.response_body)))
  text_v6 = compact(split("\n", trimspace(data.http.cloudflare_ips_v6.response_body)))

  # prefer the API answer, fall back to the text lists if it is empty
  edge_v4 = length(data.cloudflare_ip_ranges.current.ipv4_cidrs) > 0 ? data.cloudflare_ip_ranges.current.ipv4_cidrs : local.text_v4
  edge_v6 = length(data.cloudflare_ip_ranges.current.ipv6_cidrs) > 0 ? data.cloudflare_ip_ranges.current.ipv6_cidrs : local.text_v6
}

resource "cloudflare_list" "edge_ranges" {
  account_id  = var.account_id
  name        = "cloudflare_edge"
  kind        = "ip"
  description = "Cloudflare edge ranges (managed by terraform/ip-lists.tf)"
}

resource "cloudflare_list_item" "edge_v4" {
  for_each   = toset(local.edge_v4)
  account_id = var.account_id
  list_id    = cloudflare_list.edge_ranges.id
  ip         = each.value
}

output "edge_range_count" {
  value = length(local.edge_v4) + length(local.edge_v6)
}
