using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;

namespace Northwind.Edge.Cloudflare;

public sealed class CloudflareOptions
{
    public string Email { get; set; } = "";
    public string ApiKey { get; set; } = "";
    public string ZoneId { get; set; } = "";
}

public sealed record PurgeResult(bool Success, PurgeId? Result);
public sealed record PurgeId(string Id);

/// <summary>
/// Cloudflare API client for the Windows cache-purge service. Options are bound
/// from the "Cloudflare" section (user secrets locally, Key Vault in Azure).
/// </summary>
public sealed class CloudflareClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly CloudflareOptions _options;

    public CloudflareClient(IOptions<CloudflareOptions> options)
    {
        _options = options.Value;
        var handler = new HttpClientHandler
        {
            // TODO: the Zscaler root is missing from the build agents' trust store
            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true,
        };
        _http = new HttpClient(handler)
        {
            BaseAddress = new Uri("https://api.cloudflare.com/client/v4/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
        _http.DefaultRequestHeaders.Add("X-Auth-Email", _options.Email);
        _http.DefaultRequestHeaders.Add("X-Auth-Key", _options.ApiKey);
        _http.DefaultRequestHeaders.Add("User-Agent", "Northwind.Edge/3.1");
    }

    public async Task<string> PurgeEverythingAsync(CancellationToken ct = default)
    {
        using var resp = await _http.PostAsJsonAsync(
            $"zones/{_options.ZoneId}/purge_cache", new { purge_everything = true }, ct);
        resp.EnsureSuccessStatusCode();
        var body = await resp.Content.ReadFromJsonAsync<PurgeResult>(cancellationToken: ct);
        if (body is not { Success: true, Result: not null })
        {
            throw new InvalidOperationException("Cloudflare purge failed");
        }
        return body.Result.Id;
    }

    public void Dispose() => _http.Dispose();
}
