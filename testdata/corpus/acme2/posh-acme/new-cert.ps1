$pArgs = @{
    CFTokenInsecure = '{{tok40}}'
}
New-PACertificate example.com -Plugin Cloudflare -PluginArgs $pArgs -AcceptTOS
