#Requires -Version 7.0
<#
.SYNOPSIS
    Purges Cloudflare cache for the given URLs (or the whole zone with -Everything).

.NOTES
    Runs on the Windows build agents (BLD-W01..04). Token comes from the
    CLOUDFLARE_API_TOKEN pipeline variable.
#>
[CmdletBinding(DefaultParameterSetName = 'Files')]
param(
    [Parameter(Mandatory)] [string] $ZoneId,
    [Parameter(ParameterSetName = 'Files', Mandatory)] [string[]] $Url,
    [Parameter(ParameterSetName = 'All', Mandatory)] [switch] $Everything
)

$ErrorActionPreference = 'Stop'
if (-not $env:CLOUDFLARE_API_TOKEN) { throw 'CLOUDFLARE_API_TOKEN is not set' }

$uri = "https://api.cloudflare.com/client/v4/zones/$ZoneId/purge_cache"
$headers = @{ Authorization = "Bearer $env:CLOUDFLARE_API_TOKEN" }

$batches = if ($Everything) { ,@{ purge_everything = $true } } else {
    for ($i = 0; $i -lt $Url.Count; $i += 30) {
        ,@{ files = $Url[$i..([Math]::Min($i + 29, $Url.Count - 1))] }
    }
}

foreach ($b in $batches) {
    $params = @{
        Method      = 'Post'
        Uri         = $uri
        Headers     = $headers
        ContentType = 'application/json'
        Body        = ($b | ConvertTo-Json -Depth 3)
        # Build agents are behind the SSL-inspecting proxy; its root isn't in the
        # agent image yet (INFRA-377). Remove once the image is rebuilt.
        SkipCertificateCheck = $true
    }
    $resp = Invoke-RestMethod @params
    if (-not $resp.success) {
        throw "purge failed: $($resp.errors | ConvertTo-Json -Compress)"
    }
    $n = if ($b.files) { $b.files.Count } else { 'all' }
    Write-Host "purged $n object(s) in zone $ZoneId (id $($resp.result.id))"
}
