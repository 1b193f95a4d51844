<#
.SYNOPSIS
  One-off: certificate for the old brightwater-legacy.com RDS gateway.
.DESCRIPTION
  That zone is in the acquired company's Cloudflare account; we only have
  the account owner's Global API Key, so Posh-ACME's email/key parameter set
  is used instead of CFToken.
#>
param(
    [string]$Domain = 'rdgw.brightwater-legacy.com'
)

Import-Module Posh-ACME
Set-PAServer LE_PROD

$pArgs = @{
    CFAuthEmail = 'it-admin@brightwater-legacy.com'
    CFAuthKey   = '{{hex37}}'
}

$cert = New-PACertificate -Domain $Domain `
    -Plugin Cloudflare `
    -PluginArgs $pArgs `
    -Contact 'pki@brightwater.co.uk' `
    -AcceptTOS `
    -DnsSleep 45 `
    -Install

if ($cert) {
    # bind to the RD Gateway role
    Import-Module RemoteDesktopServices
    Set-Item -Path RDS:\GatewayServer\SSLCertificate\Thumbprint -Value $cert.Thumbprint
    Restart-Service TSGateway
}
