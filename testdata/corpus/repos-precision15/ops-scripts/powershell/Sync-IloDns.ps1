#Requires -Version 5.1
<#
.SYNOPSIS
    Publishes HPE iLO management addresses to Cloudflare DNS.
.DESCRIPTION
    Runs as a scheduled task on the Windows jump host (Windows PowerShell 5.1).
    Reads each iLO via Redfish and creates/updates <hostname>-ilo.oob.example.org.
.EXAMPLE
    .\Sync-IloDns.ps1 -IloHost ilo-esx01.oob.lan,ilo-esx02.oob.lan
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string[]] $IloHost,
    [string] $ZoneId = $env:CF_ZONE_ID
)

$ErrorActionPreference = 'Stop'
$CfApi = 'https://api.cloudflare.com/client/v4'

# iLO certificates are self-signed; Windows PowerShell has no -SkipCertificateCheck.
Add-Type @"
using System.Net;
using System.Security.Cryptography.X509Certificates;
public class TrustAllCertsPolicy : ICertificatePolicy {
    public bool CheckValidationResult(ServicePoint sp, X509Certificate cert, WebRequest req, int problem) {
        return true;
    }
}
"@
[System.Net.ServicePointManager]::CertificatePolicy = New-Object TrustAllCertsPolicy
[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.SecurityProtocolType]::Tls12

$iloCred = New-Object System.Management.Automation.PSCredential(
    $env:ILO_USER, (ConvertTo-SecureString $env:ILO_PASSWORD -AsPlainText -Force))
$cfHeaders = @{ Authorization = "Bearer $($env:CF_API_TOKEN)" }

foreach ($h in $IloHost) {
    $mgr = Invoke-RestMethod -Uri "https://$h/redfish/v1/Managers/1/EthernetInterfaces/1" -Credential $iloCred
    $ip = $mgr.IPv4Addresses[0].Address
    $name = "$($mgr.HostName)-ilo.oob.example.org".ToLower()

    $existing = Invoke-RestMethod -Uri "$CfApi/zones/$ZoneId/dns_records?type=A&name=$name" -Headers $cfHeaders
    $body = @{ type = 'A'; name = $name; content = $ip; ttl = 600 } | ConvertTo-Json

    if ($existing.result.Count -gt 0) {
        $id = $existing.result[0].id
        Invoke-RestMethod -Method Put -Uri "$CfApi/zones/$ZoneId/dns_records/$id" `
            -Headers $cfHeaders -ContentType 'application/json' -Body $body | Out-Null
    }
    else {
        Invoke-RestMethod -Method Post -Uri "$CfApi/zones/$ZoneId/dns_records" `
            -Headers $cfHeaders -ContentType 'application/json' -Body $body | Out-Null
    }
    Write-Host "$name -> $ip"
}
