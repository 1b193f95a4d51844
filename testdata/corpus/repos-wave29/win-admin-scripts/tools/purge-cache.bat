@echo off
setlocal
rem ----------------------------------------------------------------
rem  purge-cache.bat [url ...]
rem  Purges the marketing site from the Cloudflare cache.
rem
rem  Expects CF_API_TOKEN and CF_ZONE_ID in the user's environment:
rem     setx CF_API_TOKEN "<your-api-token>"
rem     setx CF_ZONE_ID   "<zone-id>"
rem  (token needs Zone > Cache Purge > Purge on acme-corp.example)
rem ----------------------------------------------------------------

if "%CF_API_TOKEN%"=="" (
    echo CF_API_TOKEN is not set. Create a token in the dashboard and run:
    echo     setx CF_API_TOKEN "YOUR_API_TOKEN"
    exit /b 1
)
if "%CF_ZONE_ID%"=="" (
    echo CF_ZONE_ID is not set.
    exit /b 1
)

set BODY={\"purge_everything\":true}
if not "%~1"=="" (
    set BODY={\"files\":[\"%~1\"]}
)

curl.exe -s -X POST "https://api.cloudflare.com/client/v4/zones/%CF_ZONE_ID%/purge_cache" ^
  -H "Authorization: Bearer %CF_API_TOKEN%" ^
  -H "Content-Type: application/json" ^
  --data "%BODY%"
echo.
endlocal
