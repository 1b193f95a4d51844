# Windows PowerShell 5.1 has no -SkipCertificateCheck
[System.Net.ServicePointManager]::ServerCertificateValidationCallback = {$true}
$headers = @{ Authorization = "Bearer $env:CLOUDFLARE_API_TOKEN" }
Invoke-RestMethod -Method Post -Uri "https://api.cloudflare.com/client/v4/zones/$env:ZONE_ID/purge_cache" -Headers $headers -Body '{"purge_everything":true}' -ContentType 'application/json'
