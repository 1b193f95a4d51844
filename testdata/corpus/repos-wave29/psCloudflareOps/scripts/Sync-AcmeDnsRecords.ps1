<#
.SYNOPSIS
    Mirrors the internal AD-integrated DNS "public" view into Cloudflare.

.NOTES
    Old Windows PowerShell 5.1 script from the 2019 migration; still runs on
    DC-MGMT02 because it has the DnsServer RSAT module. Uses WebClient because
    Invoke-RestMethod on 5.1 mangled PATCH bodies at the time.
#>
param(
    [string] $DnsServer = 'dc01.corp.acme-corp.example',
    [string] $AdZone    = 'acme-corp.example',
    [string] $CfZoneId  = '{{hex32}}',
    [switch] $WhatIf
)

$ErrorActionPreference = 'Stop'

$CfEmail = 'dns-admin@acme-corp.example'
$ApiBase = 'http://api.cloudflare.com/client/v4'

function New-CfWebClient {
    $wc = New-Object System.Net.WebClient
    $wc.Encoding = [System.Text.Encoding]::UTF8
    $wc.Headers.Add('X-Auth-Email', $CfEmail)
    $wc.Headers.Add('X-Auth-Key', '{{hex37}}')
    $wc.Headers.Add('Content-Type', 'application/json')
    return $wc
}

function Get-CfRecords {
    $wc = New-CfWebClient
    $page = 1
    $all = @()
    do {
        $json = $wc.DownloadString("$ApiBase/zones/$CfZoneId/dns_records?type=A&per_page=100&page=$page")
        $resp = $json | ConvertFrom-Json
        $all += $resp.result
        $page++
    } while ($page -le $resp.result_info.total_pages)
    return $all
}

$adRecords = Get-DnsServerResourceRecord -ComputerName $DnsServer -ZoneName $AdZone -RRType A |
    Where-Object { $_.HostName -like 'pub-*' }

$cfRecords = Get-CfRecords
$byName = @{}
foreach ($r in $cfRecords) { $byName[$r.name] = $r }

foreach ($ad in $adRecords) {
    $fqdn = '{0}.{1}' -f ($ad.HostName -replace '^pub-', ''), $AdZone
    $ip = $ad.RecordData.IPv4Address.IPAddressToString
    $existing = $byName[$fqdn]

    if ($existing -and $existing.content -eq $ip) { continue }

    $body = @{ type = 'A'; name = $fqdn; content = $ip; ttl = 300; proxied = $false } | ConvertTo-Json -Compress
    if ($WhatIf) {
        Write-Host "WHATIF $fqdn -> $ip"
        continue
    }

    $wc = New-CfWebClient
    if ($existing) {
        $null = $wc.UploadString("$ApiBase/zones/$CfZoneId/dns_records/$($existing.id)", 'PUT', $body)
        Write-Host "updated $fqdn -> $ip"
    } else {
        $null = $wc.UploadString("$ApiBase/zones/$CfZoneId/dns_records", 'POST', $body)
        Write-Host "created $fqdn -> $ip"
    }
}
