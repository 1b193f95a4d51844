<#
.SYNOPSIS
    Purges the Cloudflare cache for www.acme-corp.example after a release.

.DESCRIPTION
    The API token comes from the CorpVault SecretManagement vault
    (Microsoft.PowerShell.SecretStore on the build agents, Az.KeyVault in CI).
    Called by the release pipeline and by tasks\CachePurgeNightly.xml.

.PARAMETER Files
    Optional list of absolute URLs. Without it the whole zone is purged.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string[]] $Files,
    [string]   $Vault      = 'CorpVault',
    [string]   $SecretName = 'Cloudflare-CachePurge-Token',
    [string]   $ZoneId     = '{{hex32}}'
)

#Requires -Modules Microsoft.PowerShell.SecretManagement
$ErrorActionPreference = 'Stop'

$token = Get-Secret -Vault $Vault -Name $SecretName -AsPlainText
if ([string]::IsNullOrWhiteSpace($token)) {
    throw "Secret '$SecretName' is empty in vault '$Vault'"
}

$headers = @{
    Authorization  = "Bearer $token"
    'Content-Type' = 'application/json'
}

$body = if ($Files) {
    @{ files = @($Files) }
} else {
    @{ purge_everything = $true }
}

$params = @{
    Uri     = "https://api.cloudflare.com/client/v4/zones/$ZoneId/purge_cache"
    Method  = 'Post'
    Headers = $headers
    Body    = ($body | ConvertTo-Json -Compress)
}

if ($PSCmdlet.ShouldProcess($ZoneId, 'purge cache')) {
    $resp = Invoke-RestMethod @params
    if (-not $resp.success) {
        throw ($resp.errors | ConvertTo-Json -Compress)
    }
    Write-Output "Purge accepted: $($resp.result.id)"
}
