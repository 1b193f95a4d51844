# Pillar for roles:edge (see top.sls). Plain YAML for now; moving this to
# the gpg renderer is tracked in OPS-877.
cloudflare:
  account_id: {{hex32}}
  zones:
    example.com: {{hex32}}
    example.net: {{hex32}}
  api_token: '{{tok40}}'
  ddns:
    interval: 300
    proxied: false
    records:
      - edge.example.com
      - vpn.example.net
  cloudflared:
    version: 2024.8.2
    metrics: 127.0.0.1:2000

nginx:
  real_ip_from_cloudflare: true
  worker_processes: auto
