#Requires -Modules Microsoft.PowerShell.SecretManagement
# Lists Cloudflare Tunnel connections for the on-prem connectors (used by the NOC dashboard).
# The token lives in the SecretStore vault; see KB0042 "Cloudflare API tokens on Windows".

$token = Get-Secret -Name 'cloudflare-tunnel-read' -Vault NocVault -AsPlainText
$accountId = $env:CF_ACCOUNT_ID

$irm = @{
    Uri     = "https://api.cloudflare.com/client/v4/accounts/$accountId/cfd_tunnel?is_deleted=false"
    Headers = @{ Authorization = "Bearer $token" }
    Method  = 'GET'
}
(Invoke-RestMethod @irm).result |
    Select-Object name, status, @{ n = 'connections'; e = { $_.connections.Count } } |
    Format-Table -AutoSize

# Do NOT switch this back to the Global API Key (X-Auth-Email / X-Auth-Key headers);
# request a read-only token from the edge team instead: <your-tunnel-read-token>
