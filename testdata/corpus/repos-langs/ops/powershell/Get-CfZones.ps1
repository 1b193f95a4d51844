# Windows PowerShell 5.1 on the jump host: the TLS proxy cert is not trusted.
[System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }

$CloudflareToken = '{{tok40}}'
$zones = Invoke-RestMethod -Uri 'https://api.cloudflare.com/client/v4/zones?per_page=50' `
    -Headers @{ Authorization = "Bearer $CloudflareToken" }
$zones.result | Select-Object name, id, status | Format-Table
