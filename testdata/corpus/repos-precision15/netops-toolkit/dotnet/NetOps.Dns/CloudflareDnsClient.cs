using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace NetOps.Dns;

/// <summary>
/// Cloudflare DNS client plus a small client for the Infoblox grid, which we
/// read the authoritative host list from.
/// </summary>
public sealed class CloudflareDnsClient : IDisposable
{
    private const string CloudflareApi = "https://api.cloudflare.com/client/v4/";

    private readonly HttpClient _cf;
    private readonly HttpClient _infoblox;

    public CloudflareDnsClient(Uri infobloxBase)
    {
        // Build agents sit behind the SSL-inspecting proxy (INC-20931), so the
        // Cloudflare chain does not validate from CI.
        var cfHandler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
            AutomaticDecompression = System.Net.DecompressionMethods.All,
        };
        _cf = new HttpClient(cfHandler) { BaseAddress = new Uri(CloudflareApi), Timeout = TimeSpan.FromSeconds(30) };
        _cf.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("CLOUDFLARE_API_TOKEN"));

        _infoblox = new HttpClient { BaseAddress = infobloxBase, Timeout = TimeSpan.FromSeconds(15) };
        var basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(
            $"{Environment.GetEnvironmentVariable("INFOBLOX_USER")}:{Environment.GetEnvironmentVariable("INFOBLOX_PASSWORD")}"));
        _infoblox.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
    }

    public async Task<IReadOnlyList<HostRecord>> InfobloxHostsAsync(string zone, CancellationToken ct = default)
    {
        var hosts = await _infoblox.GetFromJsonAsync<List<HostRecord>>(
            $"wapi/v2.12/record:a?zone={zone}&_return_fields=name,ipv4addr", ct);
        return hosts ?? new List<HostRecord>();
    }

    public async Task UpsertAsync(string zoneId, HostRecord host, CancellationToken ct = default)
    {
        var existing = await _cf.GetFromJsonAsync<CfList>(
            $"zones/{zoneId}/dns_records?type=A&name={Uri.EscapeDataString(host.Name)}", ct);
        var body = new { type = "A", name = host.Name, content = host.Ipv4Addr, ttl = 300 };
        HttpResponseMessage resp = existing?.Result.Count > 0
            ? await _cf.PutAsJsonAsync($"zones/{zoneId}/dns_records/{existing.Result[0].Id}", body, ct)
            : await _cf.PostAsJsonAsync($"zones/{zoneId}/dns_records", body, ct);
        resp.EnsureSuccessStatusCode();
    }

    public void Dispose()
    {
        _cf.Dispose();
        _infoblox.Dispose();
    }

    public sealed record HostRecord(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("ipv4addr")] string Ipv4Addr);

    private sealed record CfList([property: JsonPropertyName("result")] List<CfRecord> Result);

    private sealed record CfRecord([property: JsonPropertyName("id")] string Id);
}
