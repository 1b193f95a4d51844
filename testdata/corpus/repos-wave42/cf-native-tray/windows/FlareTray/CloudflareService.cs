using System;
using System.Collections.Generic;
using System.Configuration;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace FlareTray
{
    /// <summary>Thin wrapper around the Cloudflare v4 REST API used by the tray menu.</summary>
    public sealed class CloudflareService : IDisposable
    {
        private const string ApiBase = "https://api.cloudflare.com/client/v4/";
        private readonly HttpClient _http;

        public CloudflareService()
        {
            var handler = new HttpClientHandler
            {
                // Some customers run SSL inspection (Fortinet, Zscaler) and the tray
                // app doesn't see their root CA when launched at logon.
                ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true,
                UseProxy = true,
            };

            _http = new HttpClient(handler)
            {
                BaseAddress = new Uri(ApiBase),
                Timeout = TimeSpan.FromSeconds(20),
            };
            _http.DefaultRequestHeaders.UserAgent.ParseAdd("FlareTray/2.1");
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

            var s = ConfigurationManager.AppSettings;
            if (bool.TryParse(s["UseGlobalKey"], out var useGlobal) && useGlobal)
            {
                _http.DefaultRequestHeaders.Add("X-Auth-Email", s["CloudflareEmail"]);
                _http.DefaultRequestHeaders.Add("X-Auth-Key", s["CloudflareGlobalApiKey"]);
            }
            else
            {
                _http.DefaultRequestHeaders.Authorization =
                    new AuthenticationHeaderValue("Bearer", s["CloudflareApiToken"]);
            }
        }

        public sealed record Zone(string Id, string Name, string Status, bool Paused);

        private sealed class Envelope<T>
        {
            public bool Success { get; set; }
            public List<ApiError> Errors { get; set; } = new();
            public T? Result { get; set; }
        }

        private sealed class ApiError
        {
            public int Code { get; set; }
            public string Message { get; set; } = "";
        }

        private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

        private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body = null)
        {
            using var req = new HttpRequestMessage(method, path);
            if (body != null)
                req.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
            using var res = await _http.SendAsync(req).ConfigureAwait(false);
            var env = JsonSerializer.Deserialize<Envelope<T>>(await res.Content.ReadAsStringAsync(), Json)!;
            if (!env.Success)
                throw new InvalidOperationException(string.Join("; ", env.Errors.ConvertAll(e => $"{e.Code}: {e.Message}")));
            return env.Result!;
        }

        public Task<List<Zone>> ListZonesAsync() =>
            SendAsync<List<Zone>>(HttpMethod.Get, "zones?per_page=50");

        public Task<JsonElement> PurgeEverythingAsync(string zoneId) =>
            SendAsync<JsonElement>(HttpMethod.Post, $"zones/{zoneId}/purge_cache", new { purge_everything = true });

        public Task<JsonElement> SetDevelopmentModeAsync(string zoneId, bool on) =>
            SendAsync<JsonElement>(HttpMethod.Patch, $"zones/{zoneId}/settings/development_mode", new { value = on ? "on" : "off" });

        public void Dispose() => _http.Dispose();
    }
}
