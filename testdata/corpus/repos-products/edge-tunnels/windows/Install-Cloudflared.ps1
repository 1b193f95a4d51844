<#
.SYNOPSIS
  Installs cloudflared as a Windows service on branch-office jump hosts.
.PARAMETER TunnelToken
  Token from the Zero Trust dashboard (Networks > Tunnels > Configure). Pulled from
  Azure Key Vault by the deployment pipeline.
#>
param(
    [Parameter(Mandatory = $true)][string]$TunnelToken
)

$ErrorActionPreference = 'Stop'
$msi = "$env:TEMP\cloudflared-windows-amd64.msi"
Invoke-WebRequest -Uri 'https://github.com/cloudflare/cloudflared/releases/latest/download/cloudflared-windows-amd64.msi' -OutFile $msi
Start-Process msiexec.exe -ArgumentList "/i `"$msi`" /qn" -Wait

$token = (Get-AzKeyVaultSecret -VaultName 'kv-branch-ops' -Name 'cloudflared-tunnel-token' -AsPlainText)
if (-not $TunnelToken) { $TunnelToken = $token }

& "C:\Program Files (x86)\cloudflared\cloudflared.exe" service install $TunnelToken
Get-Service cloudflared | Set-Service -StartupType Automatic
