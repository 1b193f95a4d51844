$pArgs = @{
    CFAuthEmail = 'admin@example.com'
    CFAuthKey = '{{hex37}}'
}
New-PACertificate '*.example.com' -Plugin Cloudflare -PluginArgs $pArgs
