<#
.SYNOPSIS
    Stores (or reads back) the Cloudflare credential for a scheduled job.

.DESCRIPTION
    Export-Clixml protects the SecureString with DPAPI, so the file can only be
    decrypted by the same user on the same machine. Run this interactively AS the
    service account (runas /user:ACME\svc-cfops powershell.exe) before enabling
    the scheduled task.

.EXAMPLE
    .\Set-CfCredential.ps1 -Name purge
    .\Set-CfCredential.ps1 -Name purge -Show
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [ValidatePattern('^[a-z0-9-]+$')] [string] $Name,
    [string] $StoreDir = (Join-Path $env:LOCALAPPDATA 'CloudflareOps\cred'),
    [switch] $Show
)

$ErrorActionPreference = 'Stop'
$path = Join-Path $StoreDir "$Name.clixml"

if ($Show) {
    if (-not (Test-Path $path)) { throw "No stored credential at $path" }
    $cred = Import-Clixml -Path $path
    [pscustomobject]@{
        Name      = $Name
        UserName  = $cred.UserName
        Path      = $path
        Modified  = (Get-Item $path).LastWriteTime
        # never print the token itself
        TokenHint = '****' + ($cred.GetNetworkCredential().Password[-4..-1] -join '')
    }
    return
}

New-Item -ItemType Directory -Path $StoreDir -Force | Out-Null

# UserName is informational only (we put the token's name there), Password is the API token.
$cred = Get-Credential -UserName "cloudflare-$Name" -Message 'Paste the Cloudflare API token as the password'
$cred | Export-Clixml -Path $path

# Lock the file down to the current user.
$acl = Get-Acl $path
$acl.SetAccessRuleProtection($true, $false)
$rule = [System.Security.AccessControl.FileSystemAccessRule]::new(
    [System.Security.Principal.WindowsIdentity]::GetCurrent().Name, 'FullControl', 'Allow')
$acl.SetAccessRule($rule)
Set-Acl -Path $path -AclObject $acl

Write-Host "Saved $path (DPAPI, $env:USERNAME@$env:COMPUTERNAME only)"

# Consumers do:
#   $cred  = Import-Clixml "$env:LOCALAPPDATA\CloudflareOps\cred\purge.clixml"
#   $auth  = Get-CfAuthHeader -ApiToken $cred.Password
