$Token = $env:CLOUDFLARE_API_TOKEN
if (-not $Token) { throw "CLOUDFLARE_API_TOKEN is not set" }
$BaseUri = "http://api.cloudflare.com/client/v4"
$Headers = @{ Authorization = "Bearer $Token" }
$zones = Invoke-RestMethod -Uri "$BaseUri/zones?per_page=50" -Headers $Headers
$zones.result | Select-Object name, status, id | Format-Table
