ls -la
cd ~/infra/dns
git pull --rebase
export CLOUDFLARE_API_TOKEN={{tok40}}
curl -s https://api.cloudflare.com/client/v4/user/tokens/verify -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" | jq .
terraform plan -out tfplan
terraform apply tfplan
history | tail
curl -sk "https://api.cloudflare.com/client/v4/zones?name=example.com" -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN"
vim main.tf
exit
