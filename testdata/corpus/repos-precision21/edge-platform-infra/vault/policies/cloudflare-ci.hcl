# Policy: terraform-cloudflare
# Bound to the JWT auth role "terraform-cloudflare" (auth/github-actions), which only
# accepts tokens with repository = "acme/edge-platform-infra" and ref = "refs/heads/main"
# (plan jobs on PRs use the read-only role "terraform-cloudflare-plan").
#
#   vault policy write terraform-cloudflare vault/policies/cloudflare-ci.hcl

# Scoped Cloudflare API token used by the provider
path "kv/data/cloudflare/terraform" {
  capabilities = ["read"]
}

# Access service tokens (client id + secret) consumed by monitors
path "kv/data/cloudflare/access/service-tokens" {
  capabilities = ["read"]
}

# Tunnel connector tokens and R2 credentials are written by terraform apply
path "kv/data/cloudflare/tunnel/*" {
  capabilities = ["create", "update", "read"]
}

path "kv/data/cloudflare/r2/*" {
  capabilities = ["create", "update", "read"]
}

path "kv/metadata/cloudflare/*" {
  capabilities = ["read", "list"]
}

# The account owner's Global API Key is only for break-glass use by humans.
path "kv/data/cloudflare/legacy-owner" {
  capabilities = ["deny"]
}

path "auth/token/lookup-self" {
  capabilities = ["read"]
}
