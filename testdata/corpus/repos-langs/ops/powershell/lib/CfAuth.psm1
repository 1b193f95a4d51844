function Get-CloudflareHeaders {
    $token = $env:CLOUDFLARE_API_TOKEN
    if (-not $token) {
        $secure = Read-Host -Prompt 'Cloudflare API token' -AsSecureString
        $token = [System.Net.NetworkCredential]::new('', $secure).Password
    }
    return @{ Authorization = "Bearer $token" }
}

Export-ModuleMember -Function Get-CloudflareHeaders
