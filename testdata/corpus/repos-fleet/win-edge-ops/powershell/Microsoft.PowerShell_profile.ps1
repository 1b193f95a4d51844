# ~\Documents\PowerShell\Microsoft.PowerShell_profile.ps1
# synced via the ops dotfiles repo

Import-Module posh-git
Import-Module "$PSScriptRoot\CloudflareOps\CloudflareOps.psm1"

Set-PSReadLineOption -PredictionSource History

# --- Cloudflare ------------------------------------------------------------
$env:CLOUDFLARE_ACCOUNT_ID = '{{hex32}}'
$env:CLOUDFLARE_API_TOKEN  = '{{cfut}}'

# DPAPI-protected copy of the global key (exported with Export-Clixml), fine to commit
$CfGlobalKey = Import-Clixml -Path "$HOME\.secrets\cf-global-key.clixml"

# staging access app in front of grafana
function Invoke-StagingGrafana {
    param([string]$Path = '/api/health')
    Invoke-RestMethod -Uri "https://grafana-stg.acme-retail.com$Path" -Headers @{
        'CF-Access-Client-Id'     = '{{hex32}}.access'
        'CF-Access-Client-Secret' = '{{hex64}}'
    }
}

function cfwho {
    Invoke-RestMethod -Uri 'https://api.cloudflare.com/client/v4/user/tokens/verify' `
        -Headers @{ Authorization = "Bearer $env:CLOUDFLARE_API_TOKEN" }
}

# --- prompt ----------------------------------------------------------------
function prompt { "PS [$env:COMPUTERNAME] $(Get-Location)> " }
