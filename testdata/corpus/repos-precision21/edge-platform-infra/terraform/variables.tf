variable "cloudflare_account_id" {
  description = "Cloudflare account id (32 hex). Not a secret, but kept out of the repo per policy."
  type        = string

  validation {
    condition     = can(regex("^[0-9a-f]{32}$", var.cloudflare_account_id))
    error_message = "cloudflare_account_id must be 32 lowercase hex characters."
  }
}

variable "cloudflare_zone_id" {
  description = "Zone id of the primary zone."
  type        = string
}

variable "cloudflare_api_token" {
  description = "Optional override of the Cloudflare API token. Leave null to read it from Vault (kv/cloudflare/terraform)."
  type        = string
  default     = null
  sensitive   = true
  nullable    = true
}

variable "tunnel_name" {
  description = "Name of the remotely-managed Cloudflare Tunnel for the edge hosts."
  type        = string
  default     = "edge-prod"
}

variable "tunnel_ingress" {
  description = "Hostname -> origin service map published through the tunnel."
  type        = map(string)
  default = {
    "grafana" = "http://grafana.monitoring.svc:3000"
    "status"  = "http://status-page.default.svc:8080"
  }
}

variable "r2_backup_bucket" {
  description = "R2 bucket for database backups."
  type        = string
  default     = "edge-db-backups"
}
