@echo off
:: install-env.bat
:: One-time setup for a new jump box. Persists the Cloudflare settings into
:: the user environment so cf-terraforming / flarectl / terraform pick them up.
:: Must be run from an elevated prompt for the /M lines.

echo Setting Cloudflare environment...

setx CLOUDFLARE_ACCOUNT_ID {{hex32}}
setx CLOUDFLARE_API_TOKEN {{cfut}}

:: legacy tooling (old flarectl builds on the DR box) still wants key + email
setx CF_API_EMAIL netops@acme-retail.com
setx CF_API_KEY {{hex37}}

:: machine-wide copy for the scheduled tasks that run as SYSTEM
setx /M CLOUDFLARE_API_TOKEN {{cfut}}

echo Done. Open a new console for the variables to take effect.
pause
