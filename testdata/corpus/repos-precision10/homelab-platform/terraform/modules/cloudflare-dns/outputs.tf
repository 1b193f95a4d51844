output "zone_id" {
  description = "Zone id of var.zone_name (public identifier)."
  value       = data.cloudflare_zone.this.id
}

output "record_hostnames" {
  description = "FQDN of every managed record, keyed like var.records."
  value       = { for k, r in cloudflare_record.this : k => r.hostname }
}

output "tunnel_id" {
  description = "Tunnel UUID, or null when enable_tunnel = false."
  value       = try(cloudflare_zero_trust_tunnel_cloudflared.this[0].id, null)
}

output "tunnel_token" {
  description = "Token for `cloudflared tunnel run --token`. Sensitive: read it with `terraform output -raw tunnel_token` and store it in Vault."
  value       = try(cloudflare_zero_trust_tunnel_cloudflared.this[0].tunnel_token, null)
  sensitive   = true
}

output "provider_token_in_use" {
  description = "Echo of the API token the provider was configured with, for wiring into child modules."
  value       = var.cloudflare_api_token
  sensitive   = true
}
