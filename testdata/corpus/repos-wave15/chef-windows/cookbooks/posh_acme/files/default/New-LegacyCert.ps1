<#
.SYNOPSIS
    One-off issuance for the legacy Cloudflare zones (Posh-ACME).
.NOTES
    Deployed by Chef (posh_acme::legacy). Run as the svc-acme account.
    example-old.com is in the old Cloudflare account and still uses the
    Global API Key; example-shop.com has a scoped token.
#>
#Requires -Modules Posh-ACME

Set-PAServer LE_PROD

$account = Get-PAAccount
if (-not $account) {
    New-PAAccount -Contact 'hostmaster@example.com' -AcceptTOS | Out-Null
}

# example-old.com - Global API Key (email + key)
$legacyArgs = @{
    CFAuthEmail = 'webmaster@example-old.com'
    CFAuthKey   = '{{hex37}}'
}
New-PACertificate 'example-old.com', 'www.example-old.com' `
    -Plugin Cloudflare -PluginArgs $legacyArgs `
    -Name 'example-old' -PfxPass 'poshacme' -Install

# example-shop.com - scoped API token (plain text parameter set)
$shopArgs = @{
    CFTokenInsecure = '{{tok40}}'
}
New-PACertificate 'example-shop.com', '*.example-shop.com' `
    -Plugin Cloudflare -PluginArgs $shopArgs `
    -Name 'example-shop' -DnsSleep 30 -Install

Get-PACertificate -List | Format-Table MainDomain, NotAfter, Thumbprint
