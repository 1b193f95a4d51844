using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Contoso.Edge.DnsSync;

/// <summary>
/// Mirrors the public IPs of the Azure Front Door origins into Cloudflare A records.
/// Runs every 15 minutes.
/// </summary>
public class DnsSyncFunction
{
    private static readonly HttpClient Cloudflare = CreateCloudflareClient();
    private readonly ILogger<DnsSyncFunction> _logger;

    public DnsSyncFunction(ILogger<DnsSyncFunction> logger) => _logger = logger;

    private static HttpClient CreateCloudflareClient()
    {
        var handler = new HttpClientHandler
        {
            // Zscaler in the VNet breaks the chain; revisit once the root CA is in the image
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        };

        var client = new HttpClient(handler)
        {
            BaseAddress = new Uri(Environment.GetEnvironmentVariable("Cloudflare__ApiBase")
                                  ?? "https://api.cloudflare.com/client/v4/"),
            Timeout = TimeSpan.FromSeconds(20),
        };
        client.DefaultRequestHeaders.Add("X-Auth-Email", Environment.GetEnvironmentVariable("Cloudflare__Email"));
        client.DefaultRequestHeaders.Add("X-Auth-Key", Environment.GetEnvironmentVariable("Cloudflare__ApiKey"));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    [Function("DnsSync")]
    public async Task Run([TimerTrigger("0 */15 * * * *")] TimerInfo timer, CancellationToken ct)
    {
        var zoneId = Environment.GetEnvironmentVariable("Cloudflare__ZoneId");
        var desired = new Dictionary<string, string>
        {
            ["origin-weu.contoso.com"] = Environment.GetEnvironmentVariable("ORIGIN_WEU_IP") ?? "",
            ["origin-neu.contoso.com"] = Environment.GetEnvironmentVariable("ORIGIN_NEU_IP") ?? "",
        };

        foreach (var (name, ip) in desired)
        {
            if (string.IsNullOrEmpty(ip)) continue;

            var list = await Cloudflare.GetFromJsonAsync<CfList>(
                $"zones/{zoneId}/dns_records?type=A&name={name}", ct);
            var record = list?.Result.FirstOrDefault();

            if (record is null)
            {
                var created = await Cloudflare.PostAsJsonAsync($"zones/{zoneId}/dns_records",
                    new { type = "A", name, content = ip, ttl = 60, proxied = false }, ct);
                created.EnsureSuccessStatusCode();
                _logger.LogInformation("Created {Name} -> {Ip}", name, ip);
            }
            else if (record.Content != ip)
            {
                var patched = await Cloudflare.PatchAsJsonAsync($"zones/{zoneId}/dns_records/{record.Id}",
                    new { content = ip }, ct);
                patched.EnsureSuccessStatusCode();
                _logger.LogInformation("Updated {Name}: {Old} -> {Ip}", name, record.Content, ip);
            }
        }
    }

    private sealed record CfRecord(string Id, string Name, string Content);
    private sealed record CfList(bool Success, List<CfRecord> Result);
}
