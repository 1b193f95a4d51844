# inventory: pull the list of edge hosts from the internal CMDB so other
# modules can create DNS records for them. The CMDB uses its own static
# X-Auth-Key scheme (service key issued by the platform team).

terraform {
  required_providers {
    http = {
      source  = "hashicorp/http"
      version = "~> 3.4"
    }
  }
}

variable "cmdb_url" {
  type    = string
  default = "https://cmdb.corp.example.net/api/v2"
}

variable "cmdb_service_key" {
  type      = string
  sensitive = true
}

variable "role" {
  type    = string
  default = "edge"
}

data "http" "hosts" {
  url = "${var.cmdb_url}/hosts?role=${var.role}&state=in_service"

  request_headers = {
    Accept       = "application/json"
    X-Auth-User  = "terraform"
    X-Auth-Key   = var.cmdb_service_key
  }
}

locals {
  hosts = jsondecode(data.http.hosts.response_body).items
}

output "hosts" {
  description = "Map of hostname => primary IPv4 for in-service edge hosts."
  value       = { for h in local.hosts : h.hostname => h.ipv4 }
}
