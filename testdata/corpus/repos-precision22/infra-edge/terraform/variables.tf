variable "cloudflare_api_token" {
  description = "Scoped Cloudflare API token for DNS, cache rules and load balancers."
  type        = string
  sensitive   = true
}

variable "cloudflare_account_id" {
  description = "Cloudflare account id (not secret)."
  type        = string
}

variable "cloudflare_zone_id" {
  description = "Zone id of northwind.example (not secret)."
  type        = string
}

variable "fastly_api_key" {
  description = "Fastly API token with global scope for service management."
  type        = string
  sensitive   = true
}

variable "do_token" {
  description = "DigitalOcean personal access token (dop_v1_...)."
  type        = string
  sensitive   = true
}

variable "hetzner_dns_token" {
  description = "Hetzner DNS console API token, sent as Auth-API-Token."
  type        = string
  sensitive   = true
}

variable "hetzner_dns_zone_id" {
  description = "Hetzner DNS zone id of the secondary zone."
  type        = string
}

variable "ns1_apikey" {
  description = "NS1 API key for the status-page zone."
  type        = string
  sensitive   = true
}

variable "origin_ips" {
  description = "Origin addresses behind the Cloudflare load balancer."
  type        = list(string)
  default     = ["203.0.113.10", "203.0.113.11"]
}

variable "cloudfront_price_class" {
  type    = string
  default = "PriceClass_100"
}
