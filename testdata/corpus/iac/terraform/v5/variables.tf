variable "cloudflare_api_token" {
  type        = string
  sensitive   = true
  description = "Cloudflare API token with Zone:DNS:Edit"
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}
