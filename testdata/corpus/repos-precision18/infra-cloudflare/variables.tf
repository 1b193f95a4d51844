variable "cloudflare_api_token" {
  description = "Scoped Cloudflare API token used by the provider."
  type        = string
  sensitive   = true
}

variable "account_id" {
  description = "Cloudflare account id (not a secret)."
  type        = string
}

variable "zone_id" {
  description = "Zone id of acme-shop.com."
  type        = string
}

variable "access_team_domain" {
  type    = string
  default = "acme.cloudflareaccess.com"
}

variable "r2_logs_bucket" {
  type    = string
  default = "acme-logs"
}

variable "r2_access_key_id" {
  description = "R2 access key id for Logpush (from the R2 API token 'logpush-writer')."
  type        = string
}

variable "r2_secret_access_key" {
  description = "R2 secret access key for Logpush."
  type        = string
  sensitive   = true
}

variable "datadog_api_key" {
  description = "Datadog API key for the firewall events Logpush job."
  type        = string
  sensitive   = true
}

variable "okta_idp_id" {
  description = "Id of the Okta identity provider in Zero Trust."
  type        = string
}
