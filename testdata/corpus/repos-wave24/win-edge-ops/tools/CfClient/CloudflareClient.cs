using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace ExampleRetail.EdgeOps.CfClient
{
    /// <summary>
    /// Thin wrapper over the Cloudflare v4 REST API used by the edge-ops CLI
    /// (cache purge, DNS failover, zone settings audit).
    /// </summary>
    public sealed class CloudflareClient : IDisposable
    {
        private const string ApiBase = "https://api.cloudflare.com/client/v4/";

        private readonly HttpClient _http;

        public CloudflareClient(string apiToken)
        {
            if (string.IsNullOrWhiteSpace(apiToken))
                throw new ArgumentException("API token is required", nameof(apiToken));

            var handler = new HttpClientHandler
            {
                // TODO(OPS-1502): drop once the build agents trust the proxy root CA
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
                AutomaticDecompression = System.Net.DecompressionMethods.All,
            };

            _http = new HttpClient(handler)
            {
                BaseAddress = new Uri(ApiBase),
                Timeout = TimeSpan.FromSeconds(30),
            };
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiToken);
            _http.DefaultRequestHeaders.UserAgent.ParseAdd("edge-ops-cli/2.3");
        }

        public static CloudflareClient FromEnvironment() =>
            new CloudflareClient(Environment.GetEnvironmentVariable("CLOUDFLARE_API_TOKEN") ?? string.Empty);

        public async Task<bool> PurgeEverythingAsync(string zoneId, CancellationToken ct = default)
        {
            var resp = await _http.PostAsJsonAsync($"zones/{zoneId}/purge_cache",
                new { purge_everything = true }, ct);
            var env = await resp.Content.ReadFromJsonAsync<CfEnvelope<object>>(cancellationToken: ct);
            return env?.Success ?? false;
        }

        public async Task<CfEnvelope<ZoneSetting>?> GetSettingAsync(string zoneId, string setting, CancellationToken ct = default)
        {
            return await _http.GetFromJsonAsync<CfEnvelope<ZoneSetting>>($"zones/{zoneId}/settings/{setting}", ct);
        }

        public void Dispose() => _http.Dispose();
    }

    public sealed class CfEnvelope<T>
    {
        [JsonPropertyName("success")] public bool Success { get; set; }
        [JsonPropertyName("result")] public T? Result { get; set; }
        [JsonPropertyName("errors")] public CfError[] Errors { get; set; } = Array.Empty<CfError>();
    }

    public sealed class CfError
    {
        [JsonPropertyName("code")] public int Code { get; set; }
        [JsonPropertyName("message")] public string Message { get; set; } = string.Empty;
    }

    public sealed class ZoneSetting
    {
        [JsonPropertyName("id")] public string Id { get; set; } = string.Empty;
        [JsonPropertyName("value")] public object? Value { get; set; }
        [JsonPropertyName("editable")] public bool Editable { get; set; }
    }
}
