variable "cloudflare_api_token" {
  description = "Token for the DNS module"
  type        = string
  default     = "{{tok40}}"
}

variable "cloudflare_zone_id" {
  type    = string
  default = "{{hex32}}"
}
