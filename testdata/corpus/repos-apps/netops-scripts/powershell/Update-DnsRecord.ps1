<#
.SYNOPSIS
    Points a DNS record at the current public IP of this Windows host.
#>
param(
    [Parameter(Mandatory)] [string] $ZoneId,
    [Parameter(Mandatory)] [string] $RecordName
)

$ApiBase = 'https://api.cloudflare.com/client/v4'
$Headers = @{
    'X-Auth-Email' = 'winops@acme-corp.example'
    'X-Auth-Key'   = '{{cfk}}'
    'Content-Type' = 'application/json'
}

$ip = (Invoke-RestMethod -Uri 'https://api.ipify.org').Trim()

$existing = Invoke-RestMethod -Method Get -Uri "$ApiBase/zones/$ZoneId/dns_records?type=A&name=$RecordName" `
    -Headers $Headers -SkipCertificateCheck

$body = @{ type = 'A'; name = $RecordName; content = $ip; ttl = 120; proxied = $false } | ConvertTo-Json

if ($existing.result.Count -gt 0) {
    $id = $existing.result[0].id
    Invoke-RestMethod -Method Put -Uri "$ApiBase/zones/$ZoneId/dns_records/$id" -Headers $Headers -Body $body
} else {
    Invoke-RestMethod -Method Post -Uri "$ApiBase/zones/$ZoneId/dns_records" -Headers $Headers -Body $body
}
Write-Host "$RecordName -> $ip"
