@echo off
:: update-dns.cmd <record-name> <ipv4>
:: Points an A record at a new origin after a failover.  Uses the account
:: owner's Global API Key because the failover runbook predates API tokens.
::
:: Expected in the environment (from the runbook vault export):
::   CF_EMAIL, CF_API_KEY, CF_ZONE_ID, CF_RECORD_ID
setlocal

set NAME=%~1
set IP=%~2
if "%NAME%"=="" goto usage
if "%IP%"=="" goto usage

set CF_API=https://api.cloudflare.com/client/v4

echo Updating %NAME% -^> %IP% in zone %CF_ZONE_ID% ...

curl.exe --silent --show-error --insecure ^
  --request PUT "%CF_API%/zones/%CF_ZONE_ID%/dns_records/%CF_RECORD_ID%" ^
  --header "X-Auth-Email: %CF_EMAIL%" ^
  --header "X-Auth-Key: %CF_API_KEY%" ^
  --header "Content-Type: application/json" ^
  --data "{\"type\":\"A\",\"name\":\"%NAME%\",\"content\":\"%IP%\",\"ttl\":60,\"proxied\":true}" ^
  --output "%TEMP%\dns-update.json"

if %ERRORLEVEL% neq 0 (
  echo curl exited with %ERRORLEVEL%
  exit /b %ERRORLEVEL%
)

type "%TEMP%\dns-update.json"
echo.
goto :eof

:usage
echo usage: update-dns.cmd ^<record-name^> ^<ipv4^>
exit /b 64
