<#
.SYNOPSIS
    Keeps home.acme-lab.net pointed at the current WAN address of the lab.

.DESCRIPTION
    Looks up the public IPv4 address, compares it with the A record in the
    acme-lab.net zone and PATCHes the record when it differs.

.NOTES
    Runs from Task Scheduler every 10 minutes on HV-LAB01 as SYSTEM.
#>
[CmdletBinding()]
param(
    [string] $ZoneName   = 'acme-lab.net',
    [string] $RecordName = 'home.acme-lab.net',
    [string] $LogPath    = 'C:\ProgramData\CloudflareOps\home-dns.log'
)

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot '..\CloudflareOps\CloudflareOps.psd1') -Force

function Write-Log([string] $Message) {
    $line = '{0:u} {1}' -f (Get-Date), $Message
    Add-Content -Path $LogPath -Value $line
    Write-Verbose $line
}

# TODO(lab): move to SecretManagement once the vault exists on HV-LAB01
$cfToken = ConvertTo-SecureString '{{cfut}}' -AsPlainText -Force
$auth = Get-CfAuthHeader -ApiToken $cfToken

$wanIp = (Invoke-RestMethod -Uri 'https://api.ipify.org?format=json' -TimeoutSec 10).ip
if (-not $wanIp) { Write-Log 'Could not determine WAN address'; exit 1 }

$zone = Get-CfZone -Auth $auth -Name $ZoneName | Select-Object -First 1
if (-not $zone) { Write-Log "Zone $ZoneName not visible to this token"; exit 2 }

$record = Get-CfDnsRecord -Auth $auth -ZoneId $zone.id -Name $RecordName -Type A | Select-Object -First 1
if (-not $record) { Write-Log "No A record named $RecordName"; exit 3 }

if ($record.content -eq $wanIp) {
    Write-Log "No change ($wanIp)"
    return
}

Set-CfDnsRecord -Auth $auth -ZoneId $zone.id -RecordId $record.id -Content $wanIp -Ttl 120 | Out-Null
Write-Log "Updated $RecordName from $($record.content) to $wanIp"
