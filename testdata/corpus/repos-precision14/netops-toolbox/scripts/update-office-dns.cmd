@echo off
REM Update office.example.com with the current public IP of the office line.
REM Runs from Task Scheduler on OFFICE-GW01 every 10 minutes.
REM CF_API_TOKEN is a machine-level environment variable set by the GPO, never in this file.
setlocal EnableDelayedExpansion

if "%CF_API_TOKEN%"=="" (
  echo CF_API_TOKEN is not set 1>&2
  exit /b 1
)

set ZONE_ID={{hex32}}
set RECORD_ID={{hex32}}
set NAME=office.example.com
set LOG=%ProgramData%\netops\update-office-dns.log

REM current public IP from the trace endpoint ("ip=1.2.3.4" line)
for /f "tokens=2 delims==" %%i in ('curl -s https://1.1.1.1/cdn-cgi/trace ^| findstr /b "ip="') do set IP=%%i
if "!IP!"=="" (
  echo %DATE% %TIME% no ip from trace >> "%LOG%"
  exit /b 2
)

curl -s -X PATCH "https://api.cloudflare.com/client/v4/zones/%ZONE_ID%/dns_records/%RECORD_ID%" ^
  -H "Authorization: Bearer %CF_API_TOKEN%" ^
  -H "Content-Type: application/json" ^
  --data "{\"type\":\"A\",\"name\":\"%NAME%\",\"content\":\"!IP!\",\"ttl\":300,\"proxied\":false}" >> "%LOG%"

REM tell the UPS management card (self-signed cert, LAN only) which IP we have
curl -s -k -u "%UPS_USER%:%UPS_PASS%" "https://192.168.50.2/cgi-bin/note?text=wan-!IP!" >nul

echo %DATE% %TIME% %NAME% -^> !IP! >> "%LOG%"
endlocal
