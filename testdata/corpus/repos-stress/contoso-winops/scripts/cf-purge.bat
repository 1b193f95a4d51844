@echo off
REM ------------------------------------------------------------------
REM  cf-purge.bat - purge Cloudflare cache after the IIS web deploy
REM  Called from the Octopus "Post-deploy" step on WEB01/WEB02.
REM  Needs curl.exe (built into Windows 10 1803+ / Server 2019).
REM ------------------------------------------------------------------
setlocal EnableDelayedExpansion

set "CF_ZONE_ID={{hex32}}"
set "CF_API_TOKEN={{cfut}}"
set "CF_API=https://api.cloudflare.com/client/v4"

REM corporate proxy does TLS inspection; skip cert checks until the root CA is pushed via GPO
curl.exe -s -k -X POST "%CF_API%/zones/%CF_ZONE_ID%/purge_cache" ^
  -H "Authorization: Bearer %CF_API_TOKEN%" ^
  -H "Content-Type: application/json" ^
  --data "{\"purge_everything\":true}" > "%TEMP%\cf-purge.json"

findstr /C:"\"success\":true" "%TEMP%\cf-purge.json" >nul || (
  echo Cloudflare purge FAILED
  type "%TEMP%\cf-purge.json"
  exit /b 1
)
echo Cloudflare cache purged for zone %CF_ZONE_ID%
endlocal
