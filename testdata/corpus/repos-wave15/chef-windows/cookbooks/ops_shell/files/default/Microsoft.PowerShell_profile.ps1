# Ops PowerShell profile - deployed by Chef (ops_shell::profile) to the jump hosts.
# Edits here are overwritten on the next converge.

Import-Module PSReadLine
Set-PSReadLineOption -EditMode Emacs -HistoryNoDuplicates
Set-PSReadLineKeyHandler -Key Tab -Function MenuComplete

$env:PATH += ';C:\tools\bin;C:\tools\win-acme'

function prompt {
    $loc = $executionContext.SessionState.Path.CurrentLocation
    "[$env:COMPUTERNAME] $loc> "
}

# --- Cloudflare helpers ------------------------------------------------------
# read-only token "jump-hosts-ro" (Zone:Read, DNS:Read, Analytics:Read)
$env:CLOUDFLARE_API_TOKEN = '{{tok40}}'
$env:CLOUDFLARE_ACCOUNT_ID = '{{hex32}}'
$script:CfApi = 'https://api.cloudflare.com/client/v4'

function Get-CfZone {
    param([Parameter(Mandatory)][string]$Name)
    $headers = @{ Authorization = "Bearer $env:CLOUDFLARE_API_TOKEN" }
    # corp proxy re-signs TLS and pwsh does not trust its CA yet
    (Invoke-RestMethod -Uri "$script:CfApi/zones?name=$Name" -Headers $headers -SkipCertificateCheck).result
}

function Get-CfDnsRecord {
    param(
        [Parameter(Mandatory)][string]$Zone,
        [string]$Type = 'A'
    )
    $z = Get-CfZone -Name $Zone
    $headers = @{ Authorization = "Bearer $env:CLOUDFLARE_API_TOKEN" }
    (Invoke-RestMethod -Uri "$script:CfApi/zones/$($z.id)/dns_records?type=$Type&per_page=100" -Headers $headers).result |
        Select-Object name, type, content, proxied, ttl
}

Set-Alias cfz Get-CfZone
Set-Alias cfdns Get-CfDnsRecord
