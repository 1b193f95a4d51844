using System.Net.Security;
using Microsoft.Extensions.Options;
using RestSharp;

namespace Acme.Cloudflare;

public sealed class CloudflareOptions
{
    public string Email { get; set; } = "";
    public string ApiKey { get; set; } = "";
    public string ApiToken { get; set; } = "";
}

public sealed class CloudflareRestClient : IDisposable
{
    private readonly RestClient _client;
    private readonly CloudflareOptions _opts;

    public CloudflareRestClient(IOptions<CloudflareOptions> opts)
    {
        _opts = opts.Value;
        var options = new RestClientOptions("https://api.cloudflare.com/client/v4")
        {
            Timeout = TimeSpan.FromSeconds(30),
            RemoteCertificateValidationCallback = (sender, cert, chain, errors) => true,
        };
        _client = new RestClient(options);
    }

    public async Task<string?> GetZoneSettingAsync(string zoneId, string setting, CancellationToken ct = default)
    {
        var request = new RestRequest($"zones/{zoneId}/settings/{setting}");
        request.AddHeader("X-Auth-Email", _opts.Email);
        request.AddHeader("X-Auth-Key", _opts.ApiKey);
        var response = await _client.ExecuteGetAsync(request, ct);
        if (!response.IsSuccessful)
        {
            throw new HttpRequestException($"Cloudflare returned {(int)response.StatusCode}: {response.Content}");
        }
        return response.Content;
    }

    public void Dispose() => _client.Dispose();
}
