#Requires -Version 5.1
<#
    CloudflareOps - thin wrappers around the Cloudflare v4 API for the
    Windows platform team. Credentials are always passed in by the caller
    (see scripts\ for how each job obtains them); nothing is stored here.
#>

Set-StrictMode -Version Latest

$script:CfApiBase = 'https://api.cloudflare.com/client/v4'

. (Join-Path $PSScriptRoot 'Private\Invoke-CfApi.ps1')

function Get-CfAuthHeader {
    [CmdletBinding(DefaultParameterSetName = 'Token')]
    param(
        [Parameter(ParameterSetName = 'Token', Mandatory)]
        [securestring] $ApiToken,

        [Parameter(ParameterSetName = 'GlobalKey', Mandatory)]
        [string] $Email,

        [Parameter(ParameterSetName = 'GlobalKey', Mandatory)]
        [securestring] $ApiKey
    )

    if ($PSCmdlet.ParameterSetName -eq 'Token') {
        $plain = [System.Net.NetworkCredential]::new('', $ApiToken).Password
        return @{ Authorization = "Bearer $plain" }
    }

    # Legacy path for the few jobs that still use the account's Global API Key.
    $plainKey = [System.Net.NetworkCredential]::new('', $ApiKey).Password
    @{
        'X-Auth-Email' = $Email
        'X-Auth-Key'   = $plainKey
    }
}

function Get-CfZone {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [hashtable] $Auth,
        [string] $Name
    )
    $path = '/zones?per_page=50'
    if ($Name) { $path += "&name=$([uri]::EscapeDataString($Name))" }
    (Invoke-CfApi -Path $path -Headers $Auth).result
}

function Get-CfDnsRecord {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [hashtable] $Auth,
        [Parameter(Mandatory)] [string] $ZoneId,
        [string] $Name,
        [ValidateSet('A', 'AAAA', 'CNAME', 'TXT', 'MX')] [string] $Type = 'A'
    )
    $path = "/zones/$ZoneId/dns_records?type=$Type"
    if ($Name) { $path += "&name=$Name" }
    (Invoke-CfApi -Path $path -Headers $Auth).result
}

function Set-CfDnsRecord {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)] [hashtable] $Auth,
        [Parameter(Mandatory)] [string] $ZoneId,
        [Parameter(Mandatory)] [string] $RecordId,
        [Parameter(Mandatory)] [string] $Content,
        [int] $Ttl = 120,
        [switch] $Proxied
    )
    $body = @{ content = $Content; ttl = $Ttl; proxied = [bool]$Proxied }
    if ($PSCmdlet.ShouldProcess($RecordId, "PATCH content=$Content")) {
        (Invoke-CfApi -Method PATCH -Path "/zones/$ZoneId/dns_records/$RecordId" -Headers $Auth -Body $body).result
    }
}

function Clear-CfCache {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [hashtable] $Auth,
        [Parameter(Mandatory)] [string] $ZoneId,
        [string[]] $Files
    )
    $body = if ($Files) { @{ files = $Files } } else { @{ purge_everything = $true } }
    Invoke-CfApi -Method POST -Path "/zones/$ZoneId/purge_cache" -Headers $Auth -Body $body
}

function New-CfOriginCertificate {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string[]] $Hostnames,
        [Parameter(Mandatory)] [string] $CsrPath,
        [Parameter(Mandatory)] [securestring] $ServiceKey,
        [ValidateSet(7, 30, 90, 365, 730, 1095, 5475)] [int] $ValidityDays = 5475
    )
    $key = [System.Net.NetworkCredential]::new('', $ServiceKey).Password
    $body = @{
        hostnames          = $Hostnames
        requested_validity = $ValidityDays
        request_type       = 'origin-rsa'
        csr                = (Get-Content -Raw -Path $CsrPath)
    } | ConvertTo-Json

    Invoke-RestMethod -Method Post -Uri "$script:CfApiBase/certificates" `
        -Headers @{ 'X-Auth-User-Service-Key' = $key } `
        -ContentType 'application/json' -Body $body
}

Export-ModuleMember -Function Get-CfAuthHeader, Get-CfZone, Get-CfDnsRecord, Set-CfDnsRecord, Clear-CfCache, New-CfOriginCertificate
