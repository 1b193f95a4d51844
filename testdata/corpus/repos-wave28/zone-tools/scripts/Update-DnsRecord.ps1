<#
.SYNOPSIS
    Creates or updates a single DNS record in a Cloudflare zone.

.DESCRIPTION
    Used by the Windows build agents to point preview hostnames at the
    freshly provisioned IIS box. Credentials come from the agent's
    environment (set by the pipeline library group "cloudflare-legacy").

.EXAMPLE
    ./Update-DnsRecord.ps1 -Zone example.com -Name preview-42 -Content 203.0.113.17
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Zone,
    [Parameter(Mandatory)] [string] $Name,
    [Parameter(Mandatory)] [string] $Content,
    [ValidateSet('A', 'AAAA', 'CNAME', 'TXT')] [string] $Type = 'A',
    [int] $Ttl = 300,
    [switch] $Proxied
)

$ErrorActionPreference = 'Stop'
$apiBase = 'https://api.cloudflare.com/client/v4'

if (-not $env:CF_API_EMAIL -or -not $env:CF_API_KEY) {
    throw 'CF_API_EMAIL and CF_API_KEY must be set in the agent environment.'
}

$headers = @{
    'X-Auth-Email' = $env:CF_API_EMAIL
    'X-Auth-Key'   = $env:CF_API_KEY
    'Content-Type' = 'application/json'
}

$zoneResp = Invoke-RestMethod -Method Get -Uri "$apiBase/zones?name=$Zone" -Headers $headers
if ($zoneResp.result.Count -eq 0) {
    throw "Zone '$Zone' not found."
}
$zoneId = $zoneResp.result[0].id
$fqdn = if ($Name -like "*.$Zone") { $Name } else { "$Name.$Zone" }

$body = @{
    type    = $Type
    name    = $fqdn
    content = $Content
    ttl     = $Ttl
    proxied = [bool]$Proxied
} | ConvertTo-Json

$existing = Invoke-RestMethod -Method Get -Uri "$apiBase/zones/$zoneId/dns_records?type=$Type&name=$fqdn" -Headers $headers

if ($existing.result.Count -gt 0) {
    $recordId = $existing.result[0].id
    Write-Verbose "Updating record $recordId"
    $resp = Invoke-RestMethod -Method Put -Uri "$apiBase/zones/$zoneId/dns_records/$recordId" -Headers $headers -Body $body
} else {
    Write-Verbose "Creating record $fqdn"
    $resp = Invoke-RestMethod -Method Post -Uri "$apiBase/zones/$zoneId/dns_records" -Headers $headers -Body $body
}

if (-not $resp.success) {
    throw ("Cloudflare API error: " + ($resp.errors | ConvertTo-Json -Compress))
}
Write-Output "$($resp.result.name) -> $($resp.result.content) (id $($resp.result.id))"
