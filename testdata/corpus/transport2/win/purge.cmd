@echo off
rem Purge the Cloudflare cache from the build agent
set ZONE=%1
curl.exe -k -X POST "https://api.cloudflare.com/client/v4/zones/%ZONE%/purge_cache" ^
  -H "Authorization: Bearer %CLOUDFLARE_API_TOKEN%" ^
  -H "Content-Type: application/json" ^
  --data "{\"purge_everything\":true}"
