<#
.SYNOPSIS
    Points an A record in the hollow-pine.net zone at the current WAN address.
.DESCRIPTION
    Runs as a scheduled task on the Windows gaming box when the Linux ddclient
    container is down. Credentials come from the machine environment
    (CF_API_EMAIL / CF_API_KEY), set once with setx /M.
.EXAMPLE
    .\Update-DnsRecord.ps1 -Name home.hollow-pine.net
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$Name,
    [string]$ZoneName = 'hollow-pine.net',
    [int]$Ttl = 1
)

$ErrorActionPreference = 'Stop'
$apiBase = 'https://api.cloudflare.com/client/v4'

$headers = @{
    'X-Auth-Email' = $env:CF_API_EMAIL
    'X-Auth-Key'   = $env:CF_API_KEY
    'Content-Type' = 'application/json'
}

$wanIp = (Invoke-RestMethod -Uri 'https://ipv4.icanhazip.com').Trim()
Write-Verbose "WAN address is $wanIp"

$zone = Invoke-RestMethod -Method Get -Uri "$apiBase/zones?name=$ZoneName" -Headers $headers
$zoneId = $zone.result[0].id

$existing = Invoke-RestMethod -Method Get -Uri "$apiBase/zones/$zoneId/dns_records?type=A&name=$Name" -Headers $headers
$body = @{
    type    = 'A'
    name    = $Name
    content = $wanIp
    ttl     = $Ttl
    proxied = $false
} | ConvertTo-Json

if ($existing.result.Count -eq 0) {
    $r = Invoke-RestMethod -Method Post -Uri "$apiBase/zones/$zoneId/dns_records" -Headers $headers -Body $body
    Write-Host "Created $Name -> $wanIp ($($r.result.id))"
}
elseif ($existing.result[0].content -ne $wanIp) {
    $recordId = $existing.result[0].id
    Invoke-RestMethod -Method Put -Uri "$apiBase/zones/$zoneId/dns_records/$recordId" -Headers $headers -Body $body | Out-Null
    Write-Host "Updated $Name -> $wanIp"
}
else {
    Write-Host "$Name already points at $wanIp"
}
