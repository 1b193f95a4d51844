using System;

public static class Startup
{
    public static void Configure()
    {
        Environment.SetEnvironmentVariable("CLOUDFLARE_API_TOKEN", "{{tok40}}");
        Environment.SetEnvironmentVariable("CLOUDFLARE_API_BASE_URL", "http://api.cloudflare.com/client/v4");
    }
}
