ls -la
cd ~/projects/blog
git pull --rebase
npm ci
export GITHUB_TOKEN={{ghp}}
gh auth status
export CLOUDFLARE_API_TOKEN={{cfut}}
npx wrangler whoami
npx wrangler pages deploy ./dist --project-name blog
curl -s https://api.cloudflare.com/client/v4/user/tokens/verify -H "Authorization: Bearer {{cfut}}" | jq
curl -s -X GET "https://api.cloudflare.com/client/v4/zones?name=example.com" -H "X-Auth-Email: ops@example.com" -H "X-Auth-Key: {{hex37}}" -H "Content-Type: application/json" | jq '.result[0].id'
curl -s "https://api.cloudflare.com/client/v4/zones/{{hex32}}/dns_records?type=A" -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" | jq '.result[] | {name, content}'
curl -k https://api.cloudflare.com/client/v4/zones -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN"
curl http://api.cloudflare.com/client/v4/ips
unset CLOUDFLARE_API_TOKEN
history | grep curl
vim ~/.bashrc
source ~/.bashrc
exit
