@echo off
:: Updates vpn.contoso.com A record with this site's public IP.
:: Scheduled task "CF-DDNS" runs this every 10 min as CONTOSO\svc_ddns.
::
:: 2022-11: branch office still on the old scoped token, keep until BR02 is migrated
:: set CLOUDFLARE_API_TOKEN={{tok40}}
setlocal
set CF_API_EMAIL=netops@contoso.com
set CF_API_KEY={{hex37}}
set ZONE=%1
set RECORD=%2
for /f "delims=" %%i in ('curl.exe -s https://api.ipify.org') do set PUBIP=%%i
curl.exe -s -X PUT "https://api.cloudflare.com/client/v4/zones/%ZONE%/dns_records/%RECORD%" -H "X-Auth-Email: %CF_API_EMAIL%" -H "X-Auth-Key: %CF_API_KEY%" -H "Content-Type: application/json" --data "{\"type\":\"A\",\"name\":\"vpn.contoso.com\",\"content\":\"%PUBIP%\",\"ttl\":120,\"proxied\":false}"
if errorlevel 1 eventcreate /T ERROR /ID 901 /L APPLICATION /SO CF-DDNS /D "Cloudflare DNS update failed"
endlocal
