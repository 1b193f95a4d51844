variable "cloudflare_api_token" {
  description = "Scoped API token, e.g. export TF_VAR_cloudflare_api_token=..."
  type        = string
  sensitive   = true
  default     = "YOUR_API_TOKEN"
}

variable "cloudflare_account_id" {
  type    = string
  default = "{{hex32}}"
}

output "tunnel_cname" {
  value = "{{uuid}}.cfargotunnel.com"
}
