# pillar/cloudflare/init.sls
# targeted in pillar/top.sls to 'G@roles:edge'
cloudflare:
  account_id: {{hex32}}
  zone: example.net
  zone_id: {{hex32}}
  api_token: {{cfut}}
  records:
    - name: edge01
      type: A
      proxied: true
    - name: edge02
      type: A
      proxied: true

cloudflared:
  version: 2024.6.1
  # token is in the gpg-renderer pillar (pillar/cloudflare/tunnel.sls)
  token_pillar: cloudflared:token
