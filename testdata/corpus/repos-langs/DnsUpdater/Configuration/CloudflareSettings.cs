using System;
using Microsoft.Extensions.Configuration;

namespace DnsUpdater.Configuration
{
    public static class CloudflareSettings
    {
        public static string ApiToken(IConfiguration config) =>
            config["Cloudflare:ApiToken"]
            ?? Environment.GetEnvironmentVariable("CLOUDFLARE_API_TOKEN")
            ?? throw new InvalidOperationException("Cloudflare:ApiToken is not set");
    }
}
