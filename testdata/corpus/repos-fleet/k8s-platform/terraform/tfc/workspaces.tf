terraform {
  cloud {
    organization = "example-io"
    workspaces { name = "tfc-admin" }
  }
  required_providers {
    tfe = { source = "hashicorp/tfe", version = "~> 0.55" }
  }
}

resource "tfe_workspace" "cloudflare_dns" {
  name              = "cloudflare-dns"
  organization      = "example-io"
  working_directory = "cloudflare/dns"
  vcs_repo {
    identifier     = "example-io/k8s-platform"
    oauth_token_id = var.github_oauth_token_id
  }
}

resource "tfe_variable" "cf_account_id" {
  key          = "CLOUDFLARE_ACCOUNT_ID"
  value        = "{{hex32}}"
  category     = "env"
  workspace_id = tfe_workspace.cloudflare_dns.id
}

# TODO(platform#212): move to a variable set fed from Vault
resource "tfe_variable" "cf_api_token" {
  key          = "CLOUDFLARE_API_TOKEN"
  value        = "{{cfut}}"
  category     = "env"
  sensitive    = true
  workspace_id = tfe_workspace.cloudflare_dns.id
}

resource "tfe_variable" "cf_r2_token" {
  key          = "CLOUDFLARE_R2_TOKEN"
  value        = var.cloudflare_r2_token
  category     = "env"
  sensitive    = true
  workspace_id = tfe_workspace.cloudflare_dns.id
}
