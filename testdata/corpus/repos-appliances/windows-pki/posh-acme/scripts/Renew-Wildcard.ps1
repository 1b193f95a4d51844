#Requires -Modules Posh-ACME
# Scheduled task on WEB01 (runs as svc-acme). Posh-ACME Cloudflare plugin, scoped token.
param(
    [string]$Domain = '*.example.com'
)

Set-PAServer LE_PROD

$pArgs = @{
    CFToken = (ConvertTo-SecureString '{{tok40}}' -AsPlainText -Force)
}

$cert = New-PACertificate $Domain, 'example.com' `
    -AcceptTOS -Contact 'pki@example.com' `
    -Plugin Cloudflare -PluginArgs $pArgs `
    -Install -Force

if ($cert) {
    Import-Module WebAdministration
    Get-WebBinding -Protocol https | ForEach-Object { $_.AddSslCertificate($cert.Thumbprint, 'My') }
}
