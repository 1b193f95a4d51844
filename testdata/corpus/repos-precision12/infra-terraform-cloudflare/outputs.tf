output "zone_id" {
  description = "Zone identifier of the managed zone."
  value       = data.cloudflare_zone.main.id
}

output "tunnel_id" {
  value = cloudflare_zero_trust_tunnel_cloudflared.internal.id
}

output "tunnel_token" {
  description = "Connector token for cloudflared (`cloudflared tunnel run --token`)."
  value       = cloudflare_zero_trust_tunnel_cloudflared.internal.tunnel_token
  sensitive   = true
}

output "ci_access_client_id" {
  value = cloudflare_zero_trust_access_service_token.ci.client_id
}

output "ci_access_client_secret" {
  description = "Only readable with `terraform output -raw`; copied into the CI secret store once."
  value       = cloudflare_zero_trust_access_service_token.ci.client_secret
  sensitive   = true
}
