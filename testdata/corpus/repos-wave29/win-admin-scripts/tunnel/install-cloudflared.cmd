@echo off
rem ==================================================================
rem  install-cloudflared.cmd
rem  Installs the cloudflared connector for the "branch-lon-01" tunnel
rem  as a Windows service. Run from an elevated prompt.
rem ==================================================================

net session >nul 2>&1
if errorlevel 1 (
    echo This script must be run as Administrator.
    exit /b 1
)

set CFD_DIR=%ProgramFiles(x86)%\cloudflared
set CFD_MSI=%~dp0cloudflared-windows-amd64.msi

if not exist "%CFD_DIR%\cloudflared.exe" (
    echo Installing cloudflared MSI...
    msiexec /i "%CFD_MSI%" /qn /norestart /l*v "%TEMP%\cloudflared-install.log"
    if errorlevel 1 (
        echo MSI install failed, see %TEMP%\cloudflared-install.log
        exit /b 2
    )
)

rem Remove any previous service registration (ignore errors)
sc query Cloudflared >nul 2>&1 && "%CFD_DIR%\cloudflared.exe" service uninstall

rem Token copied from Zero Trust > Networks > Tunnels > branch-lon-01 > Configure
"%CFD_DIR%\cloudflared.exe" service install {{tunnel}}
if errorlevel 1 (
    echo service install failed
    exit /b 3
)

sc config Cloudflared start= delayed-auto >nul
sc failure Cloudflared reset= 86400 actions= restart/5000/restart/30000/restart/60000 >nul
net start Cloudflared

echo Done. Check the tunnel status in the Zero Trust dashboard.
