param(
    [Parameter(Mandatory)] [string] $ZoneId,
    [Parameter(Mandatory)] [string] $RecordId
)

$ip = (Invoke-RestMethod -Uri 'https://api.ipify.org?format=json').ip
$headers = @{
    'X-Auth-Email' = 'winops@example.corp'
    'X-Auth-Key'   = '{{hex37}}'
    'Content-Type' = 'application/json'
}
$body = @{ content = $ip } | ConvertTo-Json
Invoke-RestMethod -Method Patch -Uri "https://api.cloudflare.com/client/v4/zones/$ZoneId/dns_records/$RecordId" -Headers $headers -Body $body
