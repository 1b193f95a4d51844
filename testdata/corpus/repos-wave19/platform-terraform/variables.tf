variable "environment" {
  type        = string
  description = "dev | staging | prod"
}

variable "kube_context" {
  type    = string
  default = ""
}

variable "cloudflare_api_token" {
  type        = string
  sensitive   = true
  description = "Scoped Cloudflare API token (set via tfvars or TF_VAR_cloudflare_api_token)"
}

variable "account_id" {
  type        = string
  description = "Cloudflare account id (public identifier)"
}

variable "zone_id" {
  type        = string
  description = "Zone id of example.com"
}

variable "brand_zone_id" {
  type    = string
  default = null
}

variable "allowed_countries" {
  type    = list(string)
  default = []
}

variable "waf_mode" {
  type    = string
  default = "block"

  validation {
    condition     = contains(["log", "block", "challenge"], var.waf_mode)
    error_message = "waf_mode must be log, block or challenge."
  }
}
