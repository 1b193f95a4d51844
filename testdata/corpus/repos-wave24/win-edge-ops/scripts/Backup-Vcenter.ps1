#Requires -Version 7.0
<#
.SYNOPSIS
    Triggers a vCenter VAMI file-based backup and records the result in the
    ops status page (a Cloudflare Worker KV namespace).

.NOTES
    vCenter still has the self-signed VMCA certificate, hence the skipped
    check on the VAMI calls only.  The Cloudflare call uses normal TLS.
#>
param(
    [string] $VcHost = 'vcsa01.corp.example.local',
    [string] $BackupTarget = 'sftp://backup01.corp.example.local/vcsa'
)

$ErrorActionPreference = 'Stop'

$vcCred = Import-Clixml -Path "$PSScriptRoot\vcsa-cred.xml"
$pair   = "{0}:{1}" -f $vcCred.UserName, $vcCred.GetNetworkCredential().Password
$basic  = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($pair))

# --- vCenter (internal, self-signed) ---------------------------------------
$session = Invoke-RestMethod -Method Post -Uri "https://$VcHost/api/session" `
    -Headers @{ Authorization = "Basic $basic" } -SkipCertificateCheck

$job = Invoke-RestMethod -Method Post -Uri "https://$VcHost/api/appliance/recovery/backup/job" `
    -Headers @{ 'vmware-api-session-id' = $session } -SkipCertificateCheck `
    -ContentType 'application/json' -Body (@{
        parts       = @('common')
        location    = $BackupTarget
        description = "nightly $(Get-Date -Format s)"
    } | ConvertTo-Json)

do {
    Start-Sleep -Seconds 30
    $state = Invoke-RestMethod -Uri "https://$VcHost/api/appliance/recovery/backup/job/$($job.id)" `
        -Headers @{ 'vmware-api-session-id' = $session } -SkipCertificateCheck
} while ($state.state -eq 'INPROGRESS')

# --- status page via Workers KV (public API, verified TLS) -----------------
$kvUri = 'https://api.cloudflare.com/client/v4/accounts/{0}/storage/kv/namespaces/{1}/values/vcsa-backup' -f `
    $env:CF_ACCOUNT_ID, $env:CF_STATUS_KV_ID

Invoke-RestMethod -Method Put -Uri $kvUri `
    -Headers @{ Authorization = "Bearer $env:CF_STATUS_TOKEN" } `
    -ContentType 'text/plain' `
    -Body ("{0} {1}" -f $state.state, (Get-Date -Format s))

Write-Host "vCenter backup finished: $($state.state)"
