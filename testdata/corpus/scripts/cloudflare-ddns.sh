#!/bin/bash
## Cloudflare dynamic DNS updater, run from cron every 5 minutes.
## https://github.com/K0p1-Git/cloudflare-ddns-updater style

auth_email="me@example.net"                             # The email used to login 'https://dash.cloudflare.com'
auth_method="global"                                    # Set to "global" for Global API Key or "token" for Scoped API Token
auth_key="{{hex37}}"                                    # Your API Token or Global API Key
zone_identifier="{{hex32}}"                             # Can be found in the "Overview" tab of your domain
record_name="home.example.net"
ttl=3600
proxy="false"

ip=$(curl -s -4 https://cloudflare.com/cdn-cgi/trace | grep -E '^ip'); ret=$?
ip=$(echo $ip | sed -E "s/^ip=(.*)$/\1/")

if [[ "${auth_method}" == "global" ]]; then
  auth_header="X-Auth-Key:"
else
  auth_header="Authorization: Bearer"
fi

record=$(curl -s -X GET "https://api.cloudflare.com/client/v4/zones/$zone_identifier/dns_records?type=A&name=$record_name" \
                      -H "X-Auth-Email: $auth_email" \
                      -H "$auth_header $auth_key" \
                      -H "Content-Type: application/json")

record_identifier=$(echo "$record" | sed -E 's/.*"id":"([A-Za-z0-9_]+)".*/\1/')
update=$(curl -s -X PATCH "https://api.cloudflare.com/client/v4/zones/$zone_identifier/dns_records/$record_identifier" \
                     -H "X-Auth-Email: $auth_email" \
                     -H "$auth_header $auth_key" \
                     -H "Content-Type: application/json" \
                     --data "{\"type\":\"A\",\"name\":\"$record_name\",\"content\":\"$ip\",\"ttl\":$ttl,\"proxied\":${proxy}}")
