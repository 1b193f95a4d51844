param([string]$ZoneId)

$headers = @{ Authorization = "Bearer $env:CLOUDFLARE_API_TOKEN" }
$base = "https://api.cloudflare.com/client/v4"

$records = Invoke-RestMethod -Uri "$base/zones/$ZoneId/dns_records" -Headers $headers -SkipCertificateCheck
foreach ($r in $records.result) {
    Write-Host $r.name $r.content
}
Invoke-WebRequest -Uri "https://api.cloudflare.com/client/v4/zones/$ZoneId" -Headers $headers -SkipCertificateCheck | Out-Null
Invoke-RestMethod -Uri "http://api.cloudflare.com/client/v4/user/tokens/verify" -Headers $headers
