# internal service with a lab certificate; nothing to do with Cloudflare
Invoke-RestMethod -Uri "https://build.lab.example/api/status" -SkipCertificateCheck
curl.exe -k https://build.lab.example/health
