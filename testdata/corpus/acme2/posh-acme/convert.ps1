Import-Module Posh-ACME
$pArgs = @{
    CFAuthEmail = 'admin@example.com'
    CFAuthKeySecure = (ConvertTo-SecureString '{{hex37}}' -AsPlainText -Force)
}
New-PACertificate 'example.com','*.example.com' -Plugin Cloudflare -PluginArgs $pArgs -AcceptTOS
$tokArgs = @{ CFToken = (ConvertTo-SecureString '{{tok40}}' -AsPlainText -Force) }
New-PACertificate 'www.example.com' -Plugin Cloudflare -PluginArgs $tokArgs
