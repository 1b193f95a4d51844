<#
.SYNOPSIS
    Scheduled task on Azure VMs: publish this VM's public IP to Cloudflare.

.DESCRIPTION
    The Azure Instance Metadata Service is only reachable over plain HTTP on the
    link-local address 169.254.169.254 (it never leaves the host). The Cloudflare
    API is called over HTTPS with normal certificate validation.
#>
param(
    [string] $ZoneId = $env:CF_ZONE_ID,
    [string] $Suffix = 'az.acme.com'
)

$ErrorActionPreference = 'Stop'
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12

$imds = 'http://169.254.169.254/metadata/instance?api-version=2021-02-01'
$meta = Invoke-RestMethod -Uri $imds -Headers @{ Metadata = 'true' } -UseBasicParsing
$publicIp = $meta.network.interface[0].ipv4.ipAddress[0].publicIpAddress
if (-not $publicIp) {
    Write-Warning 'VM has no public IP; nothing to publish'
    exit 0
}
$name = "$($meta.compute.name.ToLower()).$Suffix"

$cfApi = 'https://api.cloudflare.com/client/v4'
$token = [Environment]::GetEnvironmentVariable('CLOUDFLARE_API_TOKEN', 'Machine')
$headers = @{ Authorization = "Bearer $token" }

$lookup = Invoke-RestMethod -Uri "$cfApi/zones/$ZoneId/dns_records?type=A&name=$name" `
    -Headers $headers -UseBasicParsing
$body = @{ type = 'A'; name = $name; content = $publicIp; ttl = 120; proxied = $false } |
    ConvertTo-Json

if ($lookup.result.Count -gt 0) {
    $rec = $lookup.result[0]
    if ($rec.content -eq $publicIp) {
        Write-Output "$name already $publicIp"
        exit 0
    }
    Invoke-RestMethod -Method Put -Uri "$cfApi/zones/$ZoneId/dns_records/$($rec.id)" `
        -Headers $headers -ContentType 'application/json' -Body $body -UseBasicParsing | Out-Null
} else {
    Invoke-RestMethod -Method Post -Uri "$cfApi/zones/$ZoneId/dns_records" `
        -Headers $headers -ContentType 'application/json' -Body $body -UseBasicParsing | Out-Null
}
Write-Output "$name -> $publicIp"
