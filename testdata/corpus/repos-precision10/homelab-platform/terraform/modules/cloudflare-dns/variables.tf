variable "cloudflare_api_token" {
  description = "Cloudflare API token with Zone:Read and DNS:Edit on the managed zones. Pass via TF_VAR_cloudflare_api_token or a tfvars file outside git."
  type        = string
  sensitive   = true
  nullable    = false

  validation {
    condition     = length(var.cloudflare_api_token) >= 40
    error_message = "cloudflare_api_token looks too short to be an API token."
  }
}

variable "account_id" {
  description = "Cloudflare account id (32 hex). Public identifier, not a secret."
  type        = string
}

variable "zone_name" {
  description = "Zone to manage, e.g. example.org."
  type        = string
}

variable "records" {
  description = "DNS records to manage, keyed by a stable name."
  type = map(object({
    name     = string
    type     = string
    content  = string
    ttl      = optional(number, 1)
    proxied  = optional(bool, false)
    priority = optional(number)
    comment  = optional(string, "managed by terraform")
  }))
  default = {}
}

variable "enable_tunnel" {
  description = "Create a Cloudflare Tunnel for the zone's internal services."
  type        = bool
  default     = false
}

variable "tunnel_secret" {
  description = "32+ byte base64 secret for the tunnel (only when enable_tunnel). Generate with `openssl rand -base64 32`."
  type        = string
  sensitive   = true
  default     = null
}
