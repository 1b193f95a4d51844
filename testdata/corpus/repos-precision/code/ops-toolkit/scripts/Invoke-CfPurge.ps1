<#
.SYNOPSIS
    Downloads the latest site bundle from Nexus, deploys it to IIS and purges
    the Cloudflare cache for the site.

.PARAMETER ZoneId
    Cloudflare zone id (32 hex characters).

.PARAMETER ApiTokenSecretName
    Name of the SecretManagement secret holding the Cloudflare API token.
    Legacy X-Auth-Key / X-Auth-Email credentials are not accepted.

.EXAMPLE
    .\Invoke-CfPurge.ps1 -ZoneId 023e105f4ecef8ad9ca31a8372d0c353 -Site www
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [ValidatePattern('^[0-9a-f]{32}$')] [string] $ZoneId,
    [Parameter(Mandatory)] [string] $Site,
    [string] $ApiTokenSecretName = 'cloudflare-api-token',
    [string] $NexusUrl = 'https://nexus.corp.acme.local/repository/web-bundles'
)

$ErrorActionPreference = 'Stop'

# --- 1. fetch bundle from the internal Nexus (self-signed corp CA on the old box)
$bundle = Join-Path $env:TEMP "$Site.zip"
Invoke-WebRequest -Uri "$NexusUrl/$Site/latest.zip" -OutFile $bundle -SkipCertificateCheck

# --- 2. deploy
$target = "D:\inetpub\$Site"
Expand-Archive -Path $bundle -DestinationPath $target -Force
Restart-WebAppPool -Name $Site

# --- 3. purge Cloudflare
$token = Get-Secret -Name $ApiTokenSecretName -AsPlainText
$headers = @{
    Authorization  = "Bearer $token"
    'Content-Type' = 'application/json'
}
$body = @{ purge_everything = $true } | ConvertTo-Json
$resp = Invoke-RestMethod -Method Post `
    -Uri "https://api.cloudflare.com/client/v4/zones/$ZoneId/purge_cache" `
    -Headers $headers -Body $body

if (-not $resp.success) {
    throw "Cloudflare purge failed: $($resp.errors | ConvertTo-Json -Compress)"
}
Write-Host "Purged cache for zone $ZoneId (id $($resp.result.id))"
