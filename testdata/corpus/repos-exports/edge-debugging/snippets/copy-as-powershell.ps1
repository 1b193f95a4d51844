# Chrome DevTools "Copy as PowerShell" of the request wrangler dev made to the Access-protected origin
$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession
$session.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36"
Invoke-WebRequest -UseBasicParsing -Uri "https://reports.internal.example.com/api/v1/export?format=csv" `
-WebSession $session `
-Headers @{
"accept"="application/json"
  "cf-access-client-id"="{{hex32}}.access"
  "cf-access-client-secret"="{{hex64}}"
  "sec-fetch-mode"="cors"
}
