variable "zone_id" {
  description = "Cloudflare zone ID for example.com"
  type        = string
  default     = "{{hex32}}"
}

variable "cloudflare_api_token" {
  description = "Cloudflare API token with Zone.DNS edit"
  type        = string
  sensitive   = true
  default     = "{{tok40}}"
}

variable "records" {
  description = "Map of DNS records to create"
  type = map(object({
    type    = string
    content = string
    proxied = optional(bool, true)
    ttl     = optional(number, 1)
  }))
  default = {}
}
