variable "zone_id" {
  type = string
}

variable "release_id" {
  type = string
}

# Cloudflare edge ranges, used for the origin firewall allow-list
data "http" "cloudflare_ips" {
  url = "http://api.cloudflare.com/client/v4/ips"

  request_headers = {
    Accept = "application/json"
  }
}

locals {
  cf_ipv4_cidrs = jsondecode(data.http.cloudflare_ips.response_body).result.ipv4_cidrs
  cf_ipv6_cidrs = jsondecode(data.http.cloudflare_ips.response_body).result.ipv6_cidrs
}

# Purge the whole zone after each release (token comes from the CI environment)
resource "null_resource" "purge_cache" {
  triggers = {
    release = var.release_id
  }

  provisioner "local-exec" {
    command = <<-EOT
      curl -sk -X POST "https://api.cloudflare.com/client/v4/zones/${var.zone_id}/purge_cache" \
        -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" \
        -H "Content-Type: application/json" \
        --data '{"purge_everything":true}'
    EOT
  }
}
