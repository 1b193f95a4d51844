<#
.SYNOPSIS
  Renews the Exchange/ADFS certificates with Posh-ACME (Cloudflare DNS plugin).
.NOTES
  Scheduled via windows/tasks (runs as CORP\svc-certs).
  The Cloudflare token is stored in the SecretManagement vault "CertVault"
  (SecretStore, unlocked with the DPAPI-protected password file below).
#>
[CmdletBinding()]
param(
    [string]$Server = 'LE_PROD',
    [string[]]$Domains = @('mail.brightwater.co.uk', 'autodiscover.brightwater.co.uk', 'adfs.brightwater.co.uk')
)

$ErrorActionPreference = 'Stop'
Import-Module Posh-ACME
Import-Module Microsoft.PowerShell.SecretManagement

$vaultPass = Import-Clixml -Path 'C:\ProgramData\certs\vault.xml'
Unlock-SecretStore -Password $vaultPass

$cfToken = Get-Secret -Vault CertVault -Name 'cloudflare-dns-edit'   # returns SecureString

Set-PAServer $Server
if (-not (Get-PAAccount)) {
    New-PAAccount -Contact 'pki@brightwater.co.uk' -AcceptTOS | Out-Null
}

$pluginArgs = @{
    CFToken = $cfToken
}

$order = Get-PAOrder -MainDomain $Domains[0]
if ($order) {
    Submit-Renewal -MainDomain $Domains[0] -PluginArgs $pluginArgs -Verbose
} else {
    New-PACertificate -Domain $Domains -Plugin Cloudflare -PluginArgs $pluginArgs `
        -FriendlyName 'Exchange 2024' -Install -Verbose
}

$cert = Get-PACertificate -MainDomain $Domains[0]
Write-Host "Current thumbprint: $($cert.Thumbprint) (expires $($cert.NotAfter))"

Enable-ExchangeCertificate -Thumbprint $cert.Thumbprint -Services IIS,SMTP -Force
