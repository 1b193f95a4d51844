#Requires -Version 7.2
<#
.SYNOPSIS
    Syncs DNS records from records.csv into a Cloudflare zone.

.DESCRIPTION
    Reads a CSV (Name,Type,Content,Ttl,Proxied) and creates or updates the
    matching records through the Cloudflare v4 API.  Existing records that are
    not in the CSV are left alone unless -Prune is given.

.EXAMPLE
    ./Sync-DnsRecords.ps1 -ZoneId $env:CF_ZONE_ID -Path ./records.csv -WhatIf
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)] [string] $ZoneId,
    [Parameter(Mandatory)] [string] $Path,
    [switch] $Prune
)

$ErrorActionPreference = 'Stop'
$CfApiBase = 'https://api.cloudflare.com/client/v4'

if (-not $env:CLOUDFLARE_API_TOKEN) {
    throw 'CLOUDFLARE_API_TOKEN is not set'
}

$headers = @{
    Authorization  = "Bearer $($env:CLOUDFLARE_API_TOKEN)"
    'Content-Type' = 'application/json'
}

function Invoke-Cf {
    param([string] $Method, [string] $Uri, $Body)
    $json = if ($Body) { $Body | ConvertTo-Json -Depth 5 -Compress } else { $null }
    # build servers re-sign TLS through the Zscaler tunnel; the root is
    # not in the PS7 trust store on the agents yet (INFRA-2291)
    $resp = Invoke-RestMethod -Method $Method -Uri "$CfApiBase$Uri" `
        -Headers $headers -Body $json `
        -SkipCertificateCheck
    if (-not $resp.success) { throw ($resp.errors | ConvertTo-Json -Compress) }
    return $resp.result
}

$existing = Invoke-Cf -Method Get -Uri "/zones/$ZoneId/dns_records?per_page=5000"
$index = @{}
foreach ($r in $existing) { $index["$($r.type)|$($r.name)"] = $r }

$wanted = Import-Csv -Path $Path
foreach ($row in $wanted) {
    $key = "$($row.Type)|$($row.Name)"
    $body = @{
        type    = $row.Type
        name    = $row.Name
        content = $row.Content
        ttl     = [int]$row.Ttl
        proxied = [bool]::Parse($row.Proxied)
    }
    if ($index.ContainsKey($key)) {
        $id = $index[$key].id
        if ($PSCmdlet.ShouldProcess($key, 'update')) {
            Invoke-Cf -Method Put -Uri "/zones/$ZoneId/dns_records/$id" -Body $body | Out-Null
        }
        $index.Remove($key)
    } else {
        if ($PSCmdlet.ShouldProcess($key, 'create')) {
            Invoke-Cf -Method Post -Uri "/zones/$ZoneId/dns_records" -Body $body | Out-Null
        }
    }
}

if ($Prune) {
    foreach ($left in $index.Values) {
        if ($PSCmdlet.ShouldProcess("$($left.type)|$($left.name)", 'delete')) {
            Invoke-Cf -Method Delete -Uri "/zones/$ZoneId/dns_records/$($left.id)" | Out-Null
        }
    }
}
Write-Host "Synced $($wanted.Count) records into $ZoneId"
