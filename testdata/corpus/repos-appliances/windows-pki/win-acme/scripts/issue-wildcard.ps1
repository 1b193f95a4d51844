<#
  Issue *.example.com on IIS01 using win-acme with Cloudflare DNS validation.
  Requires the Cloudflare plugin: win-acme.cloudflare.v2.2.9.1701.x64.zip extracted next to wacs.exe
#>
$ErrorActionPreference = 'Stop'
Set-Location 'C:\Tools\win-acme'

.\wacs.exe `
  --source manual `
  --host '*.example.com,example.com' `
  --validationmode dns-01 `
  --validation cloudflare `
  --cloudflareapitoken {{tok40}} `
  --store certificatestore `
  --installation iis `
  --installationsiteid 1 `
  --emailaddress pki@example.com `
  --accepttos
