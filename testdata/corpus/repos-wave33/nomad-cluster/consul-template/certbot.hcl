# consul-template -config=/etc/consul-template.d/certbot.hcl
consul {
  address = "127.0.0.1:8500"
}

vault {
  address                = "https://vault.service.consul:8200"
  renew_token            = true
  vault_agent_token_file = "/run/vault-agent/token"

  ssl {
    enabled = true
    # vault.service.consul is not in the cert SANs yet (OPS-1192)
    verify  = false
  }
}

# certbot-dns-cloudflare credentials. example.org is still on the
# pre-token account, so this uses email + Global API Key.
template {
  destination = "/etc/letsencrypt/cloudflare.ini"
  perms       = 0600
  command     = "systemctl reload nginx"
  contents    = <<EOF
# managed by consul-template, do not edit
{{ with secret "kv/data/certbot/cloudflare" -}}
dns_cloudflare_email = {{ .Data.data.email }}
dns_cloudflare_api_key = {{ .Data.data.global_api_key }}
{{- end }}
EOF
}

template {
  source      = "/etc/consul-template.d/ddns.env.ctmpl"
  destination = "/etc/ddns/ddns.env"
  perms       = 0600
  command     = "systemctl restart cloudflare-ddns"
}
