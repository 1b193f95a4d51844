using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;

namespace NetOps.Dns;

/// <summary>Cloudflare v4 API wrapper; the caller owns the handler.</summary>
public sealed class CloudflareApi
{
    public const string BaseUrl = "https://api.cloudflare.com/client/v4/";
    private readonly HttpClient _http;

    public CloudflareApi(HttpMessageHandler handler)
    {
        _http = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(BaseUrl) };
        _http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("CF_API_TOKEN"));
    }

    public async Task<string[]> RecordNamesAsync(string zoneId)
    {
        using var doc = JsonDocument.Parse(await _http.GetStringAsync($"zones/{zoneId}/dns_records?per_page=500"));
        return doc.RootElement.GetProperty("result").EnumerateArray()
            .Select(r => r.GetProperty("name").GetString()!).ToArray();
    }

    public async Task CreateAsync(string zoneId, string name, string ip) =>
        (await _http.PostAsJsonAsync($"zones/{zoneId}/dns_records",
            new { type = "A", name, content = ip, ttl = 600 })).EnsureSuccessStatusCode();
}

/// <summary>Reconciles the Windows DHCP reservations exported by the DC agent with Cloudflare.</summary>
public static class DnsReconciler
{
    public static async Task<int> Main(string[] args)
    {
        // DC agent on dc01 serves a self-signed cert from its install.
        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true,
        };
        using var agent = new HttpClient(handler, disposeHandler: false)
        {
            BaseAddress = new Uri(Environment.GetEnvironmentVariable("DHCP_AGENT_URL") ?? "https://dc01.corp.internal:9443/"),
        };
        var cf = new CloudflareApi(handler);

        var zoneId = Environment.GetEnvironmentVariable("CF_ZONE_ID")!;
        var existing = (await cf.RecordNamesAsync(zoneId)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var leases = await agent.GetFromJsonAsync<Reservation[]>("reservations") ?? Array.Empty<Reservation>();

        var created = 0;
        foreach (var r in leases.Where(l => !existing.Contains($"{l.Name}.corp.example.com")))
        {
            await cf.CreateAsync(zoneId, $"{r.Name}.corp.example.com", r.IpAddress);
            created++;
        }
        Console.WriteLine($"created {created} record(s)");
        return 0;
    }

    private sealed record Reservation(string Name, string IpAddress);
}
