terraform {
  required_version = ">= 1.5.0"

  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
  }

  backend "s3" {
    bucket = "acme-tfstate"
    key    = "cloudflare/dns.tfstate"
    region = "eu-west-1"
  }
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

variable "cloudflare_account_id" {
  type = string
}

variable "zone_id" {
  type = string
}

variable "ci_egress_cidrs" {
  type    = list(string)
  default = ["192.0.2.0/24"]
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}
