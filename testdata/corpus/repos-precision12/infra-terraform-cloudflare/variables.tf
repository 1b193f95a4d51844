variable "cloudflare_api_token" {
  description = "Scoped API token (Zone:DNS:Edit, Zone:Zone Settings:Edit, Account:Cloudflare Tunnel:Edit)."
  type        = string
  sensitive   = true
  nullable    = false
}

variable "cloudflare_account_id" {
  description = "Account identifier (public, shown in the dashboard URL)."
  type        = string

  validation {
    condition     = can(regex("^[0-9a-f]{32}$", var.cloudflare_account_id))
    error_message = "cloudflare_account_id must be a 32 character hex id."
  }
}

variable "zone_name" {
  description = "Apex zone managed by this stack."
  type        = string
  default     = "example.com"
}

variable "origin_ips" {
  description = "Origin addresses for proxied A records."
  type        = list(string)
  default     = []
}

variable "tunnel_name" {
  description = "Name of the cloudflared tunnel fronting the internal apps."
  type        = string
  default     = "edge-internal"
}

variable "access_allowed_email_domain" {
  description = "Email domain allowed through Access to internal apps."
  type        = string
  default     = "example.com"
}
