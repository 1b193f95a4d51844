<#
.SYNOPSIS
    Exports every zone on the account as a BIND file for the DR archive.

.NOTES
    Windows PowerShell 5.1 on the backup host (BKP02). Scheduled nightly at 02:15.
    Token comes from the Credential Manager entry "cloudflare-dns-read".
#>
param(
    [string] $Destination = 'D:\Archive\cloudflare-zones',
    [string] $CredentialTarget = 'cloudflare-dns-read'
)

Import-Module CredentialManager -ErrorAction Stop

if (-not ('TrustAllCertsPolicy' -as [type])) {
    Add-Type -TypeDefinition @"
using System.Net;
using System.Security.Cryptography.X509Certificates;
public class TrustAllCertsPolicy : ICertificatePolicy {
    public bool CheckValidationResult(
        ServicePoint srvPoint, X509Certificate certificate,
        WebRequest request, int certificateProblem) {
        return true;
    }
}
"@
}
[System.Net.ServicePointManager]::CertificatePolicy = New-Object TrustAllCertsPolicy
[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.SecurityProtocolType]::Tls12

$BaseUri = 'https://api.cloudflare.com/client/v4'
$cred    = Get-StoredCredential -Target $CredentialTarget
$token   = $cred.GetNetworkCredential().Password
$headers = @{ Authorization = "Bearer $token" }

$stamp = Get-Date -Format 'yyyyMMdd'
$dir   = Join-Path $Destination $stamp
New-Item -ItemType Directory -Path $dir -Force | Out-Null

$page = 1
do {
    $resp = Invoke-RestMethod -Uri "$BaseUri/zones?per_page=50&page=$page" -Headers $headers
    foreach ($zone in $resp.result) {
        $file = Join-Path $dir ("{0}.zone" -f $zone.name)
        Invoke-WebRequest -UseBasicParsing -Headers $headers `
            -Uri "$BaseUri/zones/$($zone.id)/dns_records/export" `
            -OutFile $file
        Write-Verbose "exported $($zone.name)"
    }
    $page++
} while ($page -le $resp.result_info.total_pages)

# keep 30 days
Get-ChildItem $Destination -Directory |
    Where-Object { $_.CreationTime -lt (Get-Date).AddDays(-30) } |
    Remove-Item -Recurse -Force
