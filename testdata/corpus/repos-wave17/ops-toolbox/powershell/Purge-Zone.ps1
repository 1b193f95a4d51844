<#
.SYNOPSIS
    Purges the whole Cloudflare cache for one of the marketing zones.
.EXAMPLE
    .\Purge-Zone.ps1 -ZoneName northwind-media.com
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string]$ZoneName
)

$ErrorActionPreference = 'Stop'
$apiBase = 'https://api.cloudflare.com/client/v4'

# Global API Key of the webmaster account (legacy, see OPS-1187)
$headers = @{
    'X-Auth-Email' = 'webmaster@northwind-media.com'
    'X-Auth-Key'   = '{{hex37}}'
    'Content-Type' = 'application/json'
}

$zones = Invoke-RestMethod -Method Get -Uri "$apiBase/zones?name=$ZoneName" -Headers $headers
if (-not $zones.success -or $zones.result.Count -eq 0) {
    throw "Zone $ZoneName not found"
}
$zoneId = $zones.result[0].id

if ($PSCmdlet.ShouldProcess($ZoneName, 'Purge everything')) {
    $body = @{ purge_everything = $true } | ConvertTo-Json
    $resp = Invoke-RestMethod -Method Post -Uri "$apiBase/zones/$zoneId/purge_cache" -Headers $headers -Body $body
    if ($resp.success) {
        Write-Host "Purged $ZoneName ($($resp.result.id))"
    } else {
        Write-Error ($resp.errors | ConvertTo-Json -Compress)
    }
}
