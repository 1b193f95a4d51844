@echo off
REM ---------------------------------------------------------------------------
REM purge-cache.bat - purge the Cloudflare cache for the marketing zone
REM Runs as a post-deploy step on the IIS build agent (BUILD-W2019-03).
REM Requires: curl.exe (ships with Windows 10 1803+ / Server 2019)
REM Environment (set by the agent):
REM   CF_API_TOKEN   - scoped token with Zone.Cache Purge
REM   CF_ZONE_ID     - zone id for www.example-retail.com
REM ---------------------------------------------------------------------------
setlocal EnableDelayedExpansion

if "%CF_API_TOKEN%"=="" (
  echo [purge-cache] CF_API_TOKEN is not set, aborting.
  exit /b 2
)
if "%CF_ZONE_ID%"=="" set CF_ZONE_ID={{hex32}}

set API=https://api.cloudflare.com/client/v4
set LOG=%TEMP%\purge-cache-%DATE:~-4%%DATE:~4,2%%DATE:~7,2%.log

echo [purge-cache] purging zone %CF_ZONE_ID% >> "%LOG%"

REM The agent sits behind the corporate TLS-inspection proxy and curl.exe
REM does not pick up the proxy root from the Windows store, so skip the check.
curl.exe -s -k -X POST "%API%/zones/%CF_ZONE_ID%/purge_cache" ^
  -H "Authorization: Bearer %CF_API_TOKEN%" ^
  -H "Content-Type: application/json" ^
  --data "{\"purge_everything\":true}" ^
  -o "%TEMP%\purge-response.json"

if errorlevel 1 (
  echo [purge-cache] curl failed with %ERRORLEVEL% >> "%LOG%"
  exit /b 1
)

findstr /C:"\"success\":true" "%TEMP%\purge-response.json" >nul
if errorlevel 1 (
  echo [purge-cache] Cloudflare returned an error: >> "%LOG%"
  type "%TEMP%\purge-response.json" >> "%LOG%"
  exit /b 1
)

echo [purge-cache] done >> "%LOG%"
endlocal
exit /b 0
