# Pillar for the cloudflare.manage_zone_records states and the certbot formula.
# Targeted in pillar/top.sls to 'edge-*' and 'acme01'.
cloudflare:
  zones:
    example.com:
      zone_id: {{hex32}}
      api_token: '{{tok40}}'
    example.org:
      zone_id: {{hex32}}
      api_token: {{ salt['vault'].read_secret('secret/cloudflare/example-org', 'token') }}

certbot:
  dns_plugin: cloudflare
  credentials_path: /etc/letsencrypt/cloudflare.ini
  # rendered verbatim into credentials_path by certbot/init.sls
  credentials: |
    dns_cloudflare_email = certs@example.com
    dns_cloudflare_api_key = {{hex37}}
