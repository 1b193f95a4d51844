$pArgs = @{
    CFAuthEmail = 'admin@example.com'
    CFAuthKeyInsecure = '{{hex37}}'
}
New-PACertificate '*.example.com' -Plugin Cloudflare -PluginArgs $pArgs
