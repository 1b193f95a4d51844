@echo off
REM ---------------------------------------------------------------
REM purge-cache.cmd - purge the Cloudflare cache for www.acme-retail.com
REM Run from the build agent after the IIS deploy step.
REM ---------------------------------------------------------------
setlocal EnableDelayedExpansion

set CF_ZONE_ID={{hex32}}
set CF_API_TOKEN={{tok40}}
set CF_API=https://api.cloudflare.com/client/v4

REM The build agents sit behind the corporate TLS-inspecting proxy and
REM curl.exe does not trust its root, so -k until INFRA-2231 is fixed.
curl.exe -k -s -X POST "%CF_API%/zones/%CF_ZONE_ID%/purge_cache" ^
  -H "Authorization: Bearer %CF_API_TOKEN%" ^
  -H "Content-Type: application/json" ^
  --data "{\"purge_everything\":true}" > "%TEMP%\cf-purge.json"

findstr /C:"\"success\":true" "%TEMP%\cf-purge.json" >nul
if errorlevel 1 (
  echo [purge-cache] Cloudflare purge FAILED
  type "%TEMP%\cf-purge.json"
  exit /b 1
)
echo [purge-cache] Cloudflare purge OK
endlocal
