# Vault policy for the cf-rotation role (OIDC group acme/platform-security and
# the GitHub Actions JWT role for this repo).
#
# The rotation job may read the rotator token and read/write the managed
# tokens. It must not read anything else under secret/cloudflare, in
# particular secret/cloudflare/ops-user (legacy Global API Key, break-glass).

path "secret/data/cloudflare/rotator" {
  capabilities = ["read"]
}

path "secret/data/cloudflare/external-dns" {
  capabilities = ["read", "create", "update"]
}

path "secret/data/cloudflare/cert-manager" {
  capabilities = ["read", "create", "update"]
}

path "secret/data/cloudflare/terraform" {
  capabilities = ["read", "create", "update"]
}

path "secret/data/cloudflare/logpush" {
  capabilities = ["read", "create", "update"]
}

path "secret/metadata/cloudflare/*" {
  capabilities = ["list", "read"]
}

path "secret/data/cloudflare/ops-user" {
  capabilities = ["deny"]
}
