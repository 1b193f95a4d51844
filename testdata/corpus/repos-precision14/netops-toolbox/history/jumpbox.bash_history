ssh-add -l
cd /srv/netops-toolbox
git pull --rebase
export CF_API_TOKEN=$(op read "op://Infra/cloudflare-dns/credential")
curl -s https://api.cloudflare.com/client/v4/user/tokens/verify -H "Authorization: Bearer $CF_API_TOKEN" | jq .result
dig +short example.com @1.1.1.1
dig +short TXT _acme-challenge.example.com @ns1.cloudflare.com
curl -sI https://www.example.com | grep -i -e cf-ray -e cf-cache-status
curl -k https://localhost:9443/api/status
curl -k https://10.20.0.5:8006/api2/json/version
sudo systemctl status cloudflared
sudo journalctl -u cloudflared --since "1 hour ago" | tail -50
cloudflared tunnel info {{uuid}}
python3 scripts/cf_lookup.py vpn.example.net
curl -sk -X GET "https://api.cloudflare.com/client/v4/zones?name=example.org" -H "X-Auth-Email: netops@example.com" -H "X-Auth-Key: {{hex37}}" -H "Content-Type: application/json" | jq -r '.result[0].id'
curl -s "https://api.cloudflare.com/client/v4/zones/{{hex32}}/dns_records?type=A" -H "Authorization: Bearer $CF_API_TOKEN" | jq -r '.result[] | "\(.name) \(.content)"'
export GITHUB_TOKEN={{ghp}}
gh pr list --repo acme/dns-config
unset GITHUB_TOKEN
sha256sum cloudflared-linux-amd64
echo "{{hex64}}  cloudflared-linux-amd64" | sha256sum -c -
sudo install -m 0755 cloudflared-linux-amd64 /usr/local/bin/cloudflared
cloudflared --version
curl -s http://www.cloudflare.com/ips-v4 | wc -l
openssl s_client -connect api.cloudflare.com:443 -servername api.cloudflare.com </dev/null 2>/dev/null | openssl x509 -noout -issuer -enddate
unset CF_API_TOKEN
history | grep -i cloudflare | tail
exit
