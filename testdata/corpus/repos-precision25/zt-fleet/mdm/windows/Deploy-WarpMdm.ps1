<#
.SYNOPSIS
  Renders mdm.xml for Cloudflare WARP and (re)starts the client.
  Runs as an Intune platform script (SYSTEM context).

.NOTES
  The service token secret is read from Azure Key Vault through the device's
  managed identity. It is never written anywhere except mdm.xml, whose ACL is
  restricted to SYSTEM and Administrators.
#>
[CmdletBinding()]
param(
    [string]$VaultName  = "kv-acme-endpoint",
    [string]$SecretName = "warp-enroll-shared-ws-client-secret",
    [string]$Template   = "$PSScriptRoot\mdm.xml"
)

$ErrorActionPreference = "Stop"
$target = "C:\ProgramData\Cloudflare\mdm.xml"

# Managed identity token for Key Vault (IMDS)
$imds = "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https%3A%2F%2Fvault.azure.net"
$mi = Invoke-RestMethod -Uri $imds -Headers @{ Metadata = "true" }

$secretUri = "https://$VaultName.vault.azure.net/secrets/$SecretName?api-version=7.4"
$secret = (Invoke-RestMethod -Uri $secretUri -Headers @{ Authorization = "Bearer $($mi.access_token)" }).value
if ([string]::IsNullOrWhiteSpace($secret)) {
    throw "Empty secret from $VaultName/$SecretName"
}

$xml = (Get-Content -Raw -Path $Template) -replace "__AUTH_CLIENT_SECRET__", [Security.SecurityElement]::Escape($secret)

New-Item -ItemType Directory -Force -Path (Split-Path $target) | Out-Null
Set-Content -Path $target -Value $xml -Encoding UTF8 -NoNewline

# Lock the file down
$acl = New-Object System.Security.AccessControl.FileSecurity
$acl.SetAccessRuleProtection($true, $false)
foreach ($id in "NT AUTHORITY\SYSTEM", "BUILTIN\Administrators") {
    $rule = New-Object System.Security.AccessControl.FileSystemAccessRule($id, "FullControl", "Allow")
    $acl.AddAccessRule($rule)
}
Set-Acl -Path $target -AclObject $acl

Remove-Variable secret, xml
Restart-Service -Name CloudflareWARP -Force
Write-Output "mdm.xml deployed; WARP restarted"
