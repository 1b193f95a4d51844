<#
.SYNOPSIS
    Updates the A record of the office VPN endpoint in Cloudflare.
#>
param(
    [string]$ZoneId = "{{hex32}}",
    [string]$RecordName = "vpn.example.com",
    [string]$Email = "netops@example.com"
)

$headers = @{
    "X-Auth-Email" = $Email
    "X-Auth-Key"   = "{{hex37}}"
    "Content-Type" = "application/json"
}

$ip = (Invoke-RestMethod -Uri "https://api.ipify.org").Trim()
$base = "https://api.cloudflare.com/client/v4/zones/$ZoneId/dns_records"
$record = (Invoke-RestMethod -Uri "$base?name=$RecordName" -Headers $headers -SkipCertificateCheck).result[0]
$body = @{ type = "A"; name = $RecordName; content = $ip; ttl = 120 } | ConvertTo-Json
Invoke-RestMethod -Method Put -Uri "$base/$($record.id)" -Headers $headers -Body $body
