$token = Read-Host 'Cloudflare token' -AsSecureString
$pArgs = @{ CFToken = $token }
New-PACertificate example.com -Plugin Cloudflare -PluginArgs $pArgs
