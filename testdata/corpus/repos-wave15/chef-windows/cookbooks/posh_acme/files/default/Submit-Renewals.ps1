<#
.SYNOPSIS
    Daily Posh-ACME renewal run (scheduled task created by posh_acme::default).
.NOTES
    The Cloudflare token is pulled from the SecretStore vault that Chef
    populates from the encrypted data bag; nothing secret lives in this file.
#>
#Requires -Modules Posh-ACME, Microsoft.PowerShell.SecretManagement

$ErrorActionPreference = 'Stop'
$log = 'C:\ProgramData\posh-acme\renew.log'

Set-PAServer LE_PROD

$vaultPass = Import-Clixml -Path 'C:\ProgramData\posh-acme\vault.xml'
Unlock-SecretStore -Password $vaultPass

$pArgs = @{
    CFToken = Get-Secret -Name 'cloudflare-dns-token' -Vault 'AcmeVault'
}

foreach ($order in Get-PAOrder -List) {
    try {
        if ($order.RenewAfter -and (Get-Date) -lt [datetime]$order.RenewAfter) {
            continue
        }
        Set-PAOrder -MainDomain $order.MainDomain -Plugin Cloudflare -PluginArgs $pArgs
        $cert = Submit-Renewal -MainDomain $order.MainDomain
        if ($cert) {
            "$(Get-Date -Format s) renewed $($order.MainDomain) $($cert.Thumbprint)" | Add-Content $log
        }
    } catch {
        "$(Get-Date -Format s) FAILED $($order.MainDomain): $_" | Add-Content $log
    }
}
