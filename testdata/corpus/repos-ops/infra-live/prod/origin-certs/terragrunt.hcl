include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "../../modules//origin-cert"
}

# Origin CA certificates need the Origin CA key, not an API token.
generate "provider_origin" {
  path      = "provider_origin.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<EOF
variable "cloudflare_origin_ca_key" {
  type      = string
  sensitive = true
}

provider "cloudflare" {
  alias                = "origin_ca"
  api_user_service_key = var.cloudflare_origin_ca_key
}
EOF
}

inputs = {
  hostnames                = ["ferncastle.com", "*.ferncastle.com"]
  request_type             = "origin-ecc"
  requested_validity       = 5475
  cloudflare_origin_ca_key = "{{origin}}"
}
