<#
.SYNOPSIS
    Lists the Cloudflare zones visible to the current API token.
.DESCRIPTION
    Reads the token from $env:CLOUDFLARE_API_TOKEN. Set it for the session with:
        $env:CLOUDFLARE_API_TOKEN = '<YOUR_API_TOKEN>'
#>
[CmdletBinding()]
param(
    [string] $BaseUrl = $(if ($env:CF_API_BASE) { $env:CF_API_BASE } else { 'https://api.cloudflare.com/client/v4' }),
    [int] $PerPage = 50
)

if (-not $env:CLOUDFLARE_API_TOKEN) {
    throw 'CLOUDFLARE_API_TOKEN is not set.'
}

$headers = @{ Authorization = "Bearer $($env:CLOUDFLARE_API_TOKEN)" }
$page = 1
do {
    $r = Invoke-RestMethod -Uri "$BaseUrl/zones?page=$page&per_page=$PerPage" -Headers $headers
    $r.result | Select-Object id, name, status, @{ n = 'plan'; e = { $_.plan.name } }
    $page++
} while ($page -le $r.result_info.total_pages)
