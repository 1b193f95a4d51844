<#
.SYNOPSIS
    Updates a Cloudflare DNS A record with this host's public IP.
.DESCRIPTION
    Runs as a scheduled task on the Windows Server 2012 R2 VPN box
    (Windows PowerShell 5.1, so no -SkipCertificateCheck available).
.EXAMPLE
    .\Update-CloudflareDns.ps1 -ZoneId 023e105f4ecef8ad9ca31a8372d0c353 -RecordName vpn.example.org
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ZoneId,
    [Parameter(Mandatory)] [string] $RecordName,
    [string] $Email = $env:CF_AUTH_EMAIL,
    [string] $ApiKey = $env:CF_AUTH_KEY
)

$ErrorActionPreference = 'Stop'

# The box's root store is years out of date and the GPO blocks updates.
Add-Type @"
using System.Net;
using System.Security.Cryptography.X509Certificates;
public class TrustAllCertsPolicy : ICertificatePolicy {
    public bool CheckValidationResult(ServicePoint srvPoint, X509Certificate certificate,
        WebRequest request, int certificateProblem) {
        return true;
    }
}
"@
[System.Net.ServicePointManager]::CertificatePolicy = New-Object TrustAllCertsPolicy
[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.SecurityProtocolType]::Tls12

$headers = @{
    'X-Auth-Email' = $Email
    'X-Auth-Key'   = $ApiKey
    'Content-Type' = 'application/json'
}
$api = 'https://api.cloudflare.com/client/v4'

$ip = (Invoke-RestMethod -Uri 'https://api.ipify.org?format=json').ip

$existing = Invoke-RestMethod -Uri "$api/zones/$ZoneId/dns_records?type=A&name=$RecordName" -Headers $headers
$body = @{ type = 'A'; name = $RecordName; content = $ip; ttl = 120; proxied = $false } | ConvertTo-Json

if ($existing.result.Count -gt 0) {
    $record = $existing.result[0]
    if ($record.content -eq $ip) {
        Write-Verbose "$RecordName already points at $ip"
        return
    }
    Invoke-RestMethod -Method Put -Uri "$api/zones/$ZoneId/dns_records/$($record.id)" -Headers $headers -Body $body | Out-Null
    Write-Output "Updated $RecordName -> $ip"
}
else {
    Invoke-RestMethod -Method Post -Uri "$api/zones/$ZoneId/dns_records" -Headers $headers -Body $body | Out-Null
    Write-Output "Created $RecordName -> $ip"
}
