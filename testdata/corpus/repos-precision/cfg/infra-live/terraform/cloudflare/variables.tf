variable "cloudflare_api_token" {
  description = "Scoped API token (Zone:DNS:Edit, Access:Apps:Edit, Workers R2:Edit)"
  type        = string
  sensitive   = true
}

variable "cloudflare_account_id" {
  description = "Cloudflare account ID (not secret)"
  type        = string
}

variable "zone_name" {
  type    = string
  default = "example.com"
}

variable "r2_access_key_id" {
  description = "R2 S3-compatible access key ID used by the backup job"
  type        = string
  default     = ""
}

variable "r2_secret_access_key" {
  type      = string
  sensitive = true
  default   = null
}
