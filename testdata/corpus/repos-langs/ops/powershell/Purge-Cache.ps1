$zone = $env:CF_ZONE_ID
$auth = @{ Authorization = "Bearer $env:CLOUDFLARE_API_TOKEN" }

Invoke-WebRequest -Method Post `
    -Uri "https://api.cloudflare.com/client/v4/zones/$zone/purge_cache" `
    -Headers $auth `
    -ContentType 'application/json' `
    -Body '{"purge_everything":true}' `
    -SkipCertificateCheck
