<#
.SYNOPSIS
    Issues a Cloudflare Origin CA certificate for an IIS origin and binds it.

.DESCRIPTION
    Generates a key + CSR with certreq, asks the Origin CA endpoint for a
    certificate, imports it into LocalMachine\My and swaps the IIS binding.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string[]] $Hostnames,
    [string] $SiteName = 'Default Web Site',
    [int]    $ValidityDays = 5475
)

$ErrorActionPreference = 'Stop'
Import-Module WebAdministration

# Origin CA key from dash > My Profile > API Tokens > "Origin CA Key" (ops@ account)
$OriginCaKey = '{{origin}}'

$work = Join-Path $env:TEMP ("origin-" + [guid]::NewGuid().ToString('N'))
New-Item -ItemType Directory -Path $work | Out-Null
$inf = Join-Path $work 'req.inf'
$csr = Join-Path $work 'req.csr'

@"
[NewRequest]
Subject = "CN=$($Hostnames[0])"
KeyLength = 2048
KeyAlgorithm = RSA
Exportable = TRUE
MachineKeySet = TRUE
RequestType = PKCS10
"@ | Set-Content -Path $inf -Encoding ascii

certreq.exe -new -q $inf $csr | Out-Null

$headers = @{
    'X-Auth-User-Service-Key' = $OriginCaKey
}
$body = @{
    hostnames          = $Hostnames
    requested_validity = $ValidityDays
    request_type       = 'origin-rsa'
    csr                = (Get-Content -Raw $csr)
} | ConvertTo-Json

$resp = Invoke-RestMethod -Uri 'https://api.cloudflare.com/client/v4/certificates' -Method Post `
    -Headers $headers -ContentType 'application/json' -Body $body

if (-not $resp.success) { throw ($resp.errors | ConvertTo-Json -Compress) }

$cer = Join-Path $work 'origin.cer'
Set-Content -Path $cer -Value $resp.result.certificate -Encoding ascii
certreq.exe -accept -machine -q $cer | Out-Null

$thumb = (Get-ChildItem Cert:\LocalMachine\My |
    Where-Object { $_.Subject -eq "CN=$($Hostnames[0])" } |
    Sort-Object NotBefore -Descending | Select-Object -First 1).Thumbprint

$binding = Get-WebBinding -Name $SiteName -Protocol https | Select-Object -First 1
$binding.AddSslCertificate($thumb, 'My')
Write-Host "Bound $thumb ($($resp.result.expires_on)) to $SiteName"

Remove-Item -Recurse -Force $work
