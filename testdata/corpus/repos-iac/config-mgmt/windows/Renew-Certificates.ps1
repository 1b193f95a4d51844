#Requires -Modules Posh-ACME
<#
  Scheduled task on WEB01: renews the IIS certs.
  - intranet.example.com via Posh-ACME (Cloudflare plugin)
  - shop.example.com via win-acme (wacs.exe)
#>
$ErrorActionPreference = 'Stop'

Set-PAServer LE_PROD

$pArgs = @{
    CFTokenInsecure = '{{tok40}}'
}

$cert = New-PACertificate 'intranet.example.com' -AcceptTOS -Contact 'it@example.com' `
    -Plugin Cloudflare -PluginArgs $pArgs -Install

& 'C:\Tools\win-acme\wacs.exe' --source manual --host shop.example.com `
    --validation cloudflare --cloudflareapitoken {{cfut}} `
    --store certificatestore --installation iis --installationsiteid 2 `
    --emailaddress it@example.com --accepttos

Write-Host "Renewed $($cert.MainDomain), expires $($cert.NotAfter)"
