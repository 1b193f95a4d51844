@echo off
REM check-origins.bat - probe each origin directly (bypassing Cloudflare) and
REM then confirm the zone is still active on the Cloudflare side.
REM
REM Origins present the internal PKI certificate for *.origin.example-retail.net,
REM which does not match the bare IPs we probe, so those probes skip TLS checks.
setlocal EnableDelayedExpansion

set ORIGINS=10.40.1.11 10.40.1.12 10.40.2.11
set FAILED=0

for %%H in (%ORIGINS%) do (
  curl.exe -k -s -o nul -w "%%{http_code}" --max-time 5 https://%%H/healthz > "%TEMP%\hc_%%H.txt"
  set /p CODE=<"%TEMP%\hc_%%H.txt"
  if not "!CODE!"=="200" (
    echo origin %%H unhealthy: !CODE!
    set FAILED=1
  ) else (
    echo origin %%H ok
  )
)

REM Zone status from the API - normal certificate validation.
REM (the old version of this script used curl.exe -k here too; removed in OPS-1184)
REM curl.exe -k -s -H "Authorization: Bearer %CF_API_TOKEN%" https://api.cloudflare.com/client/v4/zones/%CF_ZONE_ID%
curl.exe -s --fail ^
  -H "Authorization: Bearer %CF_API_TOKEN%" ^
  "https://api.cloudflare.com/client/v4/zones/%CF_ZONE_ID%" > "%TEMP%\zone.json"
if errorlevel 1 (
  echo could not reach the Cloudflare API
  set FAILED=1
)
findstr /C:"\"status\":\"active\"" "%TEMP%\zone.json" >nul || (
  echo zone is not active!
  set FAILED=1
)

exit /b %FAILED%
