using System.Net.Http.Headers;
using BillingPortal.Options;
using BillingPortal.Services;
using Microsoft.Extensions.Options;

namespace BillingPortal.Extensions;

public static class HttpClientRegistration
{
    /// <summary>
    /// Typed HttpClients. Secrets are bound from configuration
    /// (Key Vault in prod, dotnet user-secrets locally); nothing is hard-coded here.
    /// </summary>
    public static IServiceCollection AddBillingHttpClients(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<CloudflareOptions>(config.GetSection("Cloudflare"));
        services.Configure<CfAccessOptions>(config.GetSection("CfAccess"));

        services.AddHttpClient<CloudflareCacheClient>((sp, http) =>
        {
            var cf = sp.GetRequiredService<IOptions<CloudflareOptions>>().Value;
            http.BaseAddress = new Uri(cf.BaseUrl ?? "https://api.cloudflare.com/client/v4/");
            http.Timeout = TimeSpan.FromSeconds(cf.TimeoutSeconds);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", cf.ApiToken);
        });

        services.AddHttpClient<LedgerClient>((sp, http) =>
        {
            var access = sp.GetRequiredService<IOptions<CfAccessOptions>>().Value;
            http.BaseAddress = new Uri(access.LedgerApiUrl);
            http.DefaultRequestHeaders.Add("CF-Access-Client-Id", access.ClientId);
            http.DefaultRequestHeaders.Add("CF-Access-Client-Secret", access.ClientSecret);
        });

        // The on-prem ERP still presents a self-signed certificate. This handler
        // is only attached to the ERP client, never to the Cloudflare clients.
        services.AddHttpClient<LegacyErpClient>(http =>
            {
                http.BaseAddress = new Uri("https://erp01.corp.acme-billing.example:8443/");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback =
                    HttpClientHandler.DangerousAcceptAnyServerCertificateValidator
            });

        return services;
    }
}
