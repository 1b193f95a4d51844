<#
    Get-ZoneAnalytics.ps1
    Pulls yesterday's request / bandwidth totals for every zone on the account
    and appends them to \\fs01\reports\cloudflare\daily.csv.

    Runs from Task Scheduler on MGMT01 under Windows PowerShell 5.1, which is
    why this still uses Invoke-WebRequest and the ServicePointManager.
#>
param(
    [string] $AccountId = $env:CF_ACCOUNT_ID,
    [string] $OutFile   = '\\fs01\reports\cloudflare\daily.csv'
)

$ErrorActionPreference = 'Stop'

[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
# MGMT01 cannot build a chain to the proxy CA; accept whatever comes back.
[System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }

$GraphQl = 'https://api.cloudflare.com/client/v4/graphql'
$token   = [Environment]::GetEnvironmentVariable('CF_ANALYTICS_TOKEN', 'Machine')

$since = (Get-Date).Date.AddDays(-1).ToString('yyyy-MM-dd')
$until = (Get-Date).Date.ToString('yyyy-MM-dd')

$query = @"
query {
  viewer {
    accounts(filter: { accountTag: "$AccountId" }) {
      httpRequests1dGroups(limit: 1000, filter: { date_geq: "$since", date_lt: "$until" }) {
        dimensions { date }
        sum { requests bytes cachedBytes threats }
      }
    }
  }
}
"@

$body = @{ query = $query } | ConvertTo-Json -Compress

$resp = Invoke-WebRequest -Uri $GraphQl -Method Post -UseBasicParsing `
    -Headers @{ Authorization = "Bearer $token" } `
    -ContentType 'application/json' -Body $body

$data = ($resp.Content | ConvertFrom-Json).data.viewer.accounts[0].httpRequests1dGroups

$rows = foreach ($g in $data) {
    [pscustomobject]@{
        Date        = $g.dimensions.date
        Requests    = $g.sum.requests
        Bytes       = $g.sum.bytes
        CachedBytes = $g.sum.cachedBytes
        Threats     = $g.sum.threats
    }
}

$rows | Export-Csv -Path $OutFile -NoTypeInformation -Append
Write-Output "Wrote $($rows.Count) rows for $since"
