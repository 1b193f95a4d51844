# Cloudflare settings shared by the ddns, acme and purge states.
# Targeted to G@roles:edge and G@roles:web in pillar/top.sls
cloudflare:
  account_id: {{hex32}}
  zones:
    example.io:
      zone_id: {{hex32}}
      proxied: true
    example-static.io:
      zone_id: {{hex32}}
      proxied: true
  # token "salt-edge" - Zone:DNS:Edit + Zone:Cache Purge on example.io zones
  api_token: {{cfut}}
  ddns:
    interval: 300
    records:
      - edge1.example.io
      - edge2.example.io

acme:
  email: hostmaster@example.io
  server: https://acme-v02.api.letsencrypt.org/directory
  propagation_seconds: 60
