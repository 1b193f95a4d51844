variable "cloudflare_api_token" {
  description = "Scoped Cloudflare API token (never the Global API Key)."
  type        = string
  sensitive   = true
}

variable "cloudflare_account_id" {
  description = "Account that owns the zones, tunnels and load balancer pools."
  type        = string
}

variable "zone_id" {
  description = "Zone ID of northwind-shop.com"
  type        = string
}

variable "zone_name" {
  type    = string
  default = "northwind-shop.com"
}

variable "datadog_api_key" {
  type      = string
  sensitive = true
}

variable "datadog_app_key" {
  type      = string
  sensitive = true
}

variable "origin_ips" {
  description = "Public IPs of the origin web servers behind the load balancer."
  type        = map(string)
  default = {
    fra = "203.0.113.10"
    ams = "203.0.113.20"
  }
}

variable "legacy_host" {
  description = "Old storefront that still only speaks plain HTTP."
  type        = string
  default     = "http://legacy.northwind-shop.com"
}
