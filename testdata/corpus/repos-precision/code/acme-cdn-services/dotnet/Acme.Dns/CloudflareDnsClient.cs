using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Acme.Dns;

public sealed class CloudflareOptions
{
    public const string Section = "Cloudflare";
    public const string TokenEnvVar = "CLOUDFLARE_API_TOKEN";

    public string BaseUrl { get; set; } = "https://api.cloudflare.com/client/v4/";
    /// <summary>Populated from Azure Key Vault secret <c>cloudflare-api-token</c>.</summary>
    public string ApiToken { get; set; } = string.Empty;
    public string ZoneId { get; set; } = string.Empty;
}

public sealed class CloudflareDnsClient
{
    private readonly HttpClient _http;
    private readonly CloudflareOptions _options;

    public CloudflareDnsClient(HttpClient http, IOptions<CloudflareOptions> options)
    {
        _options = options.Value;
        _http = http;
        _http.BaseAddress = new Uri(_options.BaseUrl);
        var token = string.IsNullOrEmpty(_options.ApiToken)
            ? Environment.GetEnvironmentVariable(CloudflareOptions.TokenEnvVar)
            : _options.ApiToken;
        if (string.IsNullOrEmpty(token))
            throw new InvalidOperationException($"Cloudflare API token missing; set {CloudflareOptions.TokenEnvVar}.");
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public async Task<string?> UpsertARecordAsync(string name, string ip, CancellationToken ct = default)
    {
        var body = new { type = "A", name, content = ip, ttl = 120, proxied = true };
        using var resp = await _http.PostAsJsonAsync($"zones/{_options.ZoneId}/dns_records", body, ct);
        resp.EnsureSuccessStatusCode();
        var env = await resp.Content.ReadFromJsonAsync<CfEnvelope<DnsRecord>>(cancellationToken: ct);
        return env?.Result?.Id;
    }
}

public sealed record CfEnvelope<T>(bool Success, T? Result);
public sealed record DnsRecord(string Id, string Name, string Type, string Content);
