param([string]$Zone)
$cfBase = "https://api.cloudflare.com/client/v4"
$headers = @{
    'X-Auth-Email' = $env:CF_EMAIL
    'X-Auth-Key'   = $env:CF_KEY
}
Invoke-WebRequest -Uri "$cfBase/zones/$Zone/purge_cache" -Method Post -Headers $headers -Body '{"purge_everything":true}' -SkipCertificateCheck
