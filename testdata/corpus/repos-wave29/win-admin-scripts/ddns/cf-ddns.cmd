@echo off
setlocal EnableExtensions EnableDelayedExpansion
rem ------------------------------------------------------------------
rem  cf-ddns.cmd - keep brn-vpn.acme-corp.example on the branch WAN IP
rem
rem  Deployed by GPO to the branch jump box (C:\Tools\cf-ddns) and run by
rem  the "Branch DDNS" scheduled task every 15 minutes.
rem  Needs curl.exe (ships with Windows 10 1803+).
rem ------------------------------------------------------------------

set CF_API_TOKEN={{cfut}}
set CF_ZONE_ID={{hex32}}
set CF_RECORD_ID={{hex32}}
set RECORD_NAME=brn-vpn.acme-corp.example
set STATE=%ProgramData%\cf-ddns
set LOG=%STATE%\cf-ddns.log

if not exist "%STATE%" mkdir "%STATE%"

for /f "usebackq delims=" %%i in (`curl.exe -s --max-time 10 https://api.ipify.org`) do set WANIP=%%i
if "%WANIP%"=="" (
    echo %DATE% %TIME% could not determine WAN IP>> "%LOG%"
    exit /b 1
)

set LASTIP=
if exist "%STATE%\last_ip.txt" set /p LASTIP=<"%STATE%\last_ip.txt"
if "%WANIP%"=="%LASTIP%" exit /b 0

rem Branch FortiGate does deep inspection and schannel rejects the re-signed chain,
rem so skip verification for this one call until the FG CA is pushed by GPO.
curl.exe -s -k -X PATCH "https://api.cloudflare.com/client/v4/zones/%CF_ZONE_ID%/dns_records/%CF_RECORD_ID%" ^
  -H "Authorization: Bearer %CF_API_TOKEN%" ^
  -H "Content-Type: application/json" ^
  --data "{\"type\":\"A\",\"name\":\"%RECORD_NAME%\",\"content\":\"%WANIP%\",\"ttl\":120,\"proxied\":false}" ^
  -o "%STATE%\last_response.json"

findstr /c:"\"success\":true" "%STATE%\last_response.json" >nul
if errorlevel 1 (
    echo %DATE% %TIME% update FAILED for %RECORD_NAME%>> "%LOG%"
    type "%STATE%\last_response.json">> "%LOG%"
    exit /b 2
)

>"%STATE%\last_ip.txt" echo %WANIP%
echo %DATE% %TIME% %RECORD_NAME% -^> %WANIP%>> "%LOG%"
endlocal
