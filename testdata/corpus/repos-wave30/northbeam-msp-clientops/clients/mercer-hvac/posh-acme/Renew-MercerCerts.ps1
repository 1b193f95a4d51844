#Requires -Modules Posh-ACME
<#
.SYNOPSIS
    Renews the Mercer HVAC RD Gateway certificate via Posh-ACME + Cloudflare DNS-01.
.NOTES
    Runs as scheduled task "NB - Posh-ACME renew" on MHVAC-UTIL01, daily 03:15.
    The Exchange cert is handled by win-acme (see ..\win-acme\renewals).
    TODO(NB-3311): switch to -PluginArgs @{ CFToken = ... } once the owner
    creates a scoped token for us. Until then this uses his Global API key.
#>
[CmdletBinding()]
param(
    [ValidateSet('LE_PROD', 'LE_STAGE')]
    [string]$Server = 'LE_PROD',
    [switch]$Force
)

$ErrorActionPreference = 'Stop'
Set-PAServer $Server

$domains = @('rdg.mercerhvac.example', 'remote.mercerhvac.example')

# Legacy: Global API key on the owner's Cloudflare login
$pArgs = @{
    CFAuthEmail       = 'owner@mercerhvac.example'
    CFAuthKeyInsecure = '{{hex37}}'
}

$order = Get-PAOrder -MainDomain $domains[0] -ErrorAction SilentlyContinue
if (-not $order -or $Force) {
    $cert = New-PACertificate $domains -Plugin Cloudflare -PluginArgs $pArgs `
        -AcceptTOS -Contact 'certs@northbeam-msp.example' -Install -Force:$Force
} else {
    $cert = Submit-Renewal -MainDomain $domains[0]
}

if ($cert) {
    Import-Module RemoteDesktopServices
    Set-Item -Path RDS:\GatewayServer\SSLCertificate\Thumbprint -Value $cert.Thumbprint
    Restart-Service TSGateway -Force
    Write-Output "RD Gateway now using $($cert.Thumbprint), expires $($cert.NotAfter)"
}
