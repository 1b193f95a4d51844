<#
.SYNOPSIS
    Lists Cloudflare zones and their plans.
.DESCRIPTION
    The API token is read from the SecretManagement vault "OpsVault"
    (Register-SecretVault -Name OpsVault -ModuleName Microsoft.PowerShell.SecretStore).
#>
[CmdletBinding()]
param(
    [string]$Vault = 'OpsVault',
    [int]$PerPage = 50
)

$ErrorActionPreference = 'Stop'
Import-Module Microsoft.PowerShell.SecretManagement

$token = if ($env:CLOUDFLARE_API_TOKEN) {
    $env:CLOUDFLARE_API_TOKEN
} else {
    Get-Secret -Name 'CloudflareApiToken' -Vault $Vault -AsPlainText
}

$headers = @{
    Authorization = "Bearer $token"
    Accept        = 'application/json'
}

$page = 1
$all = @()
do {
    $resp = Invoke-RestMethod -Uri "https://api.cloudflare.com/client/v4/zones?page=$page&per_page=$PerPage" -Headers $headers
    $all += $resp.result
    $page++
} while ($page -le $resp.result_info.total_pages)

$all | Select-Object name, status, @{ n = 'plan'; e = { $_.plan.name } } | Sort-Object name | Format-Table -AutoSize
