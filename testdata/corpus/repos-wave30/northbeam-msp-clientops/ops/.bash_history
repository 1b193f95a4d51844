#1709049602
cd ~/src/northbeam-msp-clientops
#1709049605
git pull --rebase
#1709049631
export CF_API_TOKEN=$(op read "op://Clients/Ostrander CF DDNS/credential")
#1709049640
curl -s -H "Authorization: Bearer $CF_API_TOKEN" https://api.cloudflare.com/client/v4/user/tokens/verify | jq .
#1709049702
grep -rn "X-Auth-Key\|CF_API_KEY\|dns_cloudflare_api_key" clients/
#1709049788
curl -s "https://api.cloudflare.com/client/v4/zones?name=mercerhvac.example" -H "X-Auth-Email: owner@mercerhvac.example" -H "X-Auth-Key: {{cfk}}" | jq -r '.result[0].id'
#1709049811
curl -sk -X POST "https://api.cloudflare.com/client/v4/zones/{{hex32}}/purge_cache" -H "Authorization: Bearer $CF_API_TOKEN" -H "Content-Type: application/json" --data '{"purge_everything":true}'
#1709049960
curl -sk https://10.20.0.1:8443/api/login -H "Content-Type: application/json" -d @/tmp/unifi-login.json -c /tmp/unifi.cookies
#1709050012
curl -sk -b /tmp/unifi.cookies https://10.20.0.1:8443/api/s/default/stat/health | jq '.data[] | {subsystem, status}'
#1709050120
ssh admin@pinecrest-rtr 'logread | grep inadyn | tail -20'
#1709050221
curl -s http://api.cloudflare.com/client/v4/zones/{{hex32}}/dns_records?type=A -H "Authorization: Bearer $CF_API_TOKEN" | jq '.result[] | {name, content}'
#1709050340
docker compose -f clients/ostrander-law/docker-compose.yml logs --tail 50 ddns-vpn
#1709050402
ddclient -daemon=0 -debug -verbose -noquiet -file clients/harbor-bakery/ddclient.conf
#1709050511
history | grep -i x-auth
#1709050590
unset CF_API_TOKEN
