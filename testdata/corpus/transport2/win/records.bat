@echo off
curl.exe --insecure -s "https://api.cloudflare.com/client/v4/zones/%ZONE_ID%/dns_records" -H "Authorization: Bearer %CF_API_TOKEN%"
curl.exe -s "http://api.cloudflare.com/client/v4/zones/%ZONE_ID%" -H "Authorization: Bearer %CF_API_TOKEN%"
