$pArgs = @{
    CFAuthEmail = 'admin@example.com'
    CFAuthKeySecure = (Read-Host 'Global API key' -AsSecureString)
}
New-PACertificate example.com -Plugin Cloudflare -PluginArgs $pArgs
