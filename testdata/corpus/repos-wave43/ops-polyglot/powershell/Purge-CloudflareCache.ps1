#Requires -Version 7.2
#Requires -Modules Microsoft.PowerShell.SecretManagement
<#
.SYNOPSIS
    Purges the Cloudflare cache for the given URLs after checking that the
    local origin is healthy.
.NOTES
    Uses a scoped API token (Zone.Cache Purge) from the SecretStore vault.
    Do not add -SkipCertificateCheck to the Cloudflare call; only the local
    origin health check uses it (self-signed cert on the IIS dev binding).
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)] [string[]] $Url,
    [string] $ZoneId = $env:CLOUDFLARE_ZONE_ID,
    [string] $OriginHealthUrl = 'https://localhost:8443/healthz'
)

$ErrorActionPreference = 'Stop'

$health = Invoke-RestMethod -Uri $OriginHealthUrl -SkipCertificateCheck -TimeoutSec 5
if ($health.status -ne 'ok') {
    throw "origin unhealthy: $($health.status)"
}

$token = Get-Secret -Name 'CloudflareApiToken' -Vault 'SecretStore'

$params = @{
    Method         = 'Post'
    Uri            = "https://api.cloudflare.com/client/v4/zones/$ZoneId/purge_cache"
    Authentication = 'Bearer'
    Token          = $token
    ContentType    = 'application/json'
    Body           = @{ files = $Url } | ConvertTo-Json
}

if ($PSCmdlet.ShouldProcess("$($Url.Count) URL(s) on zone $ZoneId", 'purge')) {
    $result = Invoke-RestMethod @params
    if (-not $result.success) {
        throw "purge failed: $($result.errors | ConvertTo-Json -Compress)"
    }
    Write-Output "Purged $($Url.Count) URL(s)"
}
