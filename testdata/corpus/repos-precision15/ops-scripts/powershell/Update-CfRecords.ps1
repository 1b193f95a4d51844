#Requires -Version 7.2
<#
.SYNOPSIS
    Mirrors Proxmox Backup Server datastore status into Cloudflare TXT records.
.NOTES
    PBS uses its self-signed certificate, so only the PBS calls skip the check.
    Cloudflare calls use normal certificate validation.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string] $PbsUrl = ($env:PBS_URL ?? 'https://pbs01.lab.internal:8007'),
    [string] $ZoneId = $env:CF_ZONE_ID
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$CloudflareApi = 'https://api.cloudflare.com/client/v4'

function Invoke-Pbs {
    param([string] $Path)
    $headers = @{ Authorization = "PBSAPIToken=$($env:PBS_TOKEN_ID):$($env:PBS_TOKEN_SECRET)" }
    (Invoke-RestMethod -Uri "$PbsUrl/api2/json$Path" -Headers $headers -SkipCertificateCheck).data
}

function Invoke-Cloudflare {
    param(
        [ValidateSet('Get', 'Post', 'Put', 'Patch', 'Delete')] [string] $Method = 'Get',
        [string] $Path,
        [hashtable] $Body
    )
    $params = @{
        Method         = $Method
        Uri            = "$CloudflareApi$Path"
        Authentication = 'Bearer'
        Token          = (ConvertTo-SecureString $env:CF_API_TOKEN -AsPlainText -Force)
        ContentType    = 'application/json'
    }
    if ($Body) { $params.Body = $Body | ConvertTo-Json -Compress }
    Invoke-RestMethod @params
}

$stores = Invoke-Pbs -Path '/status/datastore-usage'
foreach ($ds in $stores) {
    $pct = [math]::Round(100 * $ds.used / [math]::Max(1, $ds.total))
    $name = "_pbs-$($ds.store).lab.example.org"
    $content = "`"used=$pct% gc=$($ds.'gc-status'.'removed-chunks' ?? 0)`""

    $existing = (Invoke-Cloudflare -Path "/zones/$ZoneId/dns_records?type=TXT&name=$name").result
    if ($PSCmdlet.ShouldProcess($name, "set TXT $content")) {
        if ($existing) {
            Invoke-Cloudflare -Method Patch -Path "/zones/$ZoneId/dns_records/$($existing[0].id)" -Body @{ content = $content } | Out-Null
        }
        else {
            Invoke-Cloudflare -Method Post -Path "/zones/$ZoneId/dns_records" -Body @{
                type = 'TXT'; name = $name; content = $content; ttl = 300
            } | Out-Null
        }
    }
}
