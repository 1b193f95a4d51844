# PowerShell 7 profile (shared between macOS and the Windows work box)
Import-Module PSReadLine
Set-PSReadLineOption -EditMode Emacs -PredictionSource History

Set-Alias -Name g -Value git

$CfZoneId = '{{hex32}}'

function Clear-CfCache {
    [CmdletBinding()]
    param([string[]]$Files)

    $headers = @{
        'X-Auth-Email' = 'priya.nair@hey.com'
        'X-Auth-Key'   = '{{hex37}}'
        'Content-Type' = 'application/json'
    }
    $body = if ($Files) { @{ files = $Files } } else { @{ purge_everything = $true } }

    # Zscaler on the work box breaks the chain
    Invoke-RestMethod -Method Post `
        -Uri "https://api.cloudflare.com/client/v4/zones/$CfZoneId/purge_cache" `
        -Headers $headers -Body ($body | ConvertTo-Json) `
        -SkipCertificateCheck
}

oh-my-posh init pwsh --config "$env:POSH_THEMES_PATH/paradox.omp.json" | Invoke-Expression
