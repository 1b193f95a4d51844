sudo apt update && sudo apt upgrade -y
sudo apt install -y jq curl vault
export VAULT_ADDR=https://vault.corp.example.net
vault login -method=oidc
export CLOUDFLARE_API_TOKEN=$(vault kv get -field=token secret/cloudflare/dns-edit)
export CF_ACCOUNT_ID={{hex32}}
curl -s -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" https://api.cloudflare.com/client/v4/user/tokens/verify | jq .result.status
curl -s -H "Authorization: Bearer ${CLOUDFLARE_API_TOKEN}" "https://api.cloudflare.com/client/v4/accounts/${CF_ACCOUNT_ID}/cfd_tunnel?is_deleted=false" | jq '.result[].name'
sudo cloudflared tunnel run --token-file /etc/cloudflared/tunnel.token office-gw
sudo cat /etc/cloudflared/tunnel.token | wc -c
curl -k https://localhost:9443/api/v1/status
curl -k https://192.168.1.1/
export CLOUDFLARE_API_TOKEN=<paste-token-here>
unset CLOUDFLARE_API_TOKEN
op read "op://Infra/Cloudflare DNS/credential" | wc -c
export CLOUDFLARE_API_TOKEN="$(op read 'op://Infra/Cloudflare DNS/credential')"
terraform -chdir=~/src/dns plan
terraform -chdir=~/src/dns apply
http https://www.cloudflare.com/ips-v4
curl -s http://www.cloudflare.com/cdn-cgi/trace
dig +short example.org @1.1.1.1
ssh bastion-01
history -c
