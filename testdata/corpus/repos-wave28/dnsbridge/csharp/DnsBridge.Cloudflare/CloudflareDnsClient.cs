using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;

namespace DnsBridge.Cloudflare;

public sealed class CloudflareOptions
{
    public const string Section = "Cloudflare";

    // Bound from appsettings / environment (Cloudflare__Email, Cloudflare__ApiKey).
    public string Email { get; set; } = string.Empty;
    public string ApiKey { get; set; } = string.Empty;
}

public sealed record DnsRecord(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("content")] string Content,
    [property: JsonPropertyName("ttl")] int Ttl);

public sealed record CfEnvelope<T>(
    [property: JsonPropertyName("success")] bool Success,
    [property: JsonPropertyName("result")] T? Result);

public sealed class CloudflareDnsClient
{
    private readonly HttpClient _http;

    public CloudflareDnsClient(HttpClient http, IOptions<CloudflareOptions> options)
    {
        var opts = options.Value;
        _http = http;
        _http.BaseAddress = new Uri("https://api.cloudflare.com/client/v4/");
        _http.DefaultRequestHeaders.Add("X-Auth-Email", opts.Email);
        _http.DefaultRequestHeaders.Add("X-Auth-Key", opts.ApiKey);
        _http.Timeout = TimeSpan.FromSeconds(30);
    }

    public async Task<DnsRecord[]> ListAsync(string zoneId, string? name = null, CancellationToken ct = default)
    {
        var path = $"zones/{zoneId}/dns_records" + (name is null ? string.Empty : $"?name={Uri.EscapeDataString(name)}");
        var env = await _http.GetFromJsonAsync<CfEnvelope<DnsRecord[]>>(path, ct)
                  ?? throw new InvalidOperationException("empty response");
        return env.Result ?? Array.Empty<DnsRecord>();
    }

    public async Task<DnsRecord> UpsertAsync(string zoneId, string type, string name, string content, int ttl = 300, CancellationToken ct = default)
    {
        var existing = await ListAsync(zoneId, name, ct);
        var body = new { type, name, content, ttl };
        HttpResponseMessage resp = existing.Length > 0
            ? await _http.PutAsJsonAsync($"zones/{zoneId}/dns_records/{existing[0].Id}", body, ct)
            : await _http.PostAsJsonAsync($"zones/{zoneId}/dns_records", body, ct);
        resp.EnsureSuccessStatusCode();
        var env = await resp.Content.ReadFromJsonAsync<CfEnvelope<DnsRecord>>(cancellationToken: ct);
        return env?.Result ?? throw new InvalidOperationException("Cloudflare returned no record");
    }
}
