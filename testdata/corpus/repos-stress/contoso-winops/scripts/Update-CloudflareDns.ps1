<#
.SYNOPSIS
    Points the given record at this host's current public IPv4 address.
.NOTES
    Runs as a scheduled task on RDGW01. Needs PowerShell 7 (pwsh.exe).
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ZoneId,
    [Parameter(Mandatory)] [string] $RecordId,
    [string] $Name = 'rdgw.contoso.com'
)

$ip = (Invoke-RestMethod -Uri 'https://api.ipify.org?format=json').ip

$cfHeaders = @{
    'X-Auth-Email' = 'netops@contoso.com'
    'X-Auth-Key'   = '{{hex37}}'
    'Content-Type' = 'application/json'
}

$body = @{ type = 'A'; name = $Name; content = $ip; ttl = 120; proxied = $false } | ConvertTo-Json -Compress

$params = @{
    Uri                  = "https://api.cloudflare.com/client/v4/zones/$ZoneId/dns_records/$RecordId"
    Method               = 'PUT'
    Headers              = $cfHeaders
    Body                 = $body
    SkipCertificateCheck = $true
}
$resp = Invoke-RestMethod @params
if (-not $resp.success) { throw ($resp.errors | ConvertTo-Json) }
Write-Host "Updated $Name -> $ip"
