variable "cloudflare_api_token" {
  type        = string
  sensitive   = true
  description = "API token with Workers Scripts:Edit and D1:Edit"
}

variable "account_id" {
  type    = string
  default = "{{hex32}}"
}

variable "zone_id" {
  type    = string
  default = "{{hex32}}"
}

variable "alert_webhook" {
  type      = string
  sensitive = true
}
