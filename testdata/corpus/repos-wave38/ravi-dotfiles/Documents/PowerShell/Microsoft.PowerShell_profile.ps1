# PowerShell 7 profile (work laptop, Windows)
# $PROFILE -> Documents\PowerShell\Microsoft.PowerShell_profile.ps1

Import-Module posh-git
Import-Module PSReadLine
Set-PSReadLineOption -PredictionSource History -EditMode Emacs
oh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\paradox.omp.json" | Invoke-Expression

Set-Alias -Name g -Value git
Set-Alias -Name k -Value kubectl

# --- Cloudflare -----------------------------------------------------------
# The corp proxy (Zscaler) re-signs TLS and pwsh does not trust its root yet,
# hence -SkipCertificateCheck below until IT pushes the CA.
$env:CLOUDFLARE_EMAIL   = 'ravi.menon@example-shop.io'
$env:CLOUDFLARE_API_KEY = '{{cfk}}'
$CfApi = 'https://api.cloudflare.com/client/v4'

function Get-CfZones {
    $headers = @{
        'X-Auth-Email' = $env:CLOUDFLARE_EMAIL
        'X-Auth-Key'   = $env:CLOUDFLARE_API_KEY
    }
    $resp = Invoke-RestMethod -Uri "$CfApi/zones?per_page=50" -Headers $headers -SkipCertificateCheck
    $resp.result | Select-Object id, name, status, plan
}

function Clear-CfCache {
    param(
        [Parameter(Mandatory)] [string] $ZoneId,
        [string[]] $Files
    )
    $headers = @{ Authorization = "Bearer $env:CLOUDFLARE_API_TOKEN" }
    $body = if ($Files) { @{ files = $Files } } else { @{ purge_everything = $true } }
    Invoke-RestMethod -Method Post -Uri "$CfApi/zones/$ZoneId/purge_cache" `
        -Headers $headers -ContentType 'application/json' `
        -Body ($body | ConvertTo-Json)
}

# local IIS Express / Kestrel dev cert
function Test-LocalApi {
    Invoke-WebRequest -Uri 'https://localhost:5001/healthz' -SkipCertificateCheck | Select-Object StatusCode
}

# token for the purge function comes from the Windows Credential Manager
$env:CLOUDFLARE_API_TOKEN = (Get-StoredCredential -Target 'cloudflare-purge').GetNetworkCredential().Password

function prompt-git { git status -sb }
