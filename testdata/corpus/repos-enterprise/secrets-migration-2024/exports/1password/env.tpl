# op inject -i env.tpl -o .env   (or: op run --env-file=env.tpl -- terraform apply)
CLOUDFLARE_API_TOKEN=op://Infrastructure/Cloudflare API Token - terraform-dns/credential
CLOUDFLARE_ACCOUNT_ID=op://Infrastructure/Cloudflare Account/account_id
CF_ACCESS_CLIENT_ID=op://Infrastructure/CF Access svc - grafana/client_id
CF_ACCESS_CLIENT_SECRET=op://Infrastructure/CF Access svc - grafana/client_secret
TUNNEL_TOKEN={{ op://Infrastructure/cloudflared dc1/credential }}
