using Flurl;
using Flurl.Http;

namespace Acme.Cloudflare;

public record DnsRecord(string Id, string Type, string Name, string Content, int Ttl, bool Proxied);
public record CfEnvelope<T>(bool Success, T Result);

public static class FlurlDns
{
    private const string Api = "https://api.cloudflare.com/client/v4";

    public static Task<CfEnvelope<List<DnsRecord>>> ListAsync(string zoneId) =>
        Api.AppendPathSegments("zones", zoneId, "dns_records")
           .SetQueryParam("per_page", 100)
           .WithOAuthBearerToken("{{cfut}}")
           .GetJsonAsync<CfEnvelope<List<DnsRecord>>>();

    // legacy path used by the billing exporter (token lacks Billing:Read)
    public static Task<string> BillingProfileAsync(string accountId) =>
        Api.AppendPathSegments("accounts", accountId, "billing", "profile")
           .WithHeader("X-Auth-Email", Environment.GetEnvironmentVariable("CF_API_EMAIL"))
           .WithHeader("X-Auth-Key", Environment.GetEnvironmentVariable("CF_API_KEY"))
           .GetStringAsync();
}
