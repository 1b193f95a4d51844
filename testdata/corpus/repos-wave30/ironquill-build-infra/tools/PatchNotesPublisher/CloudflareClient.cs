using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Ironquill.PatchNotesPublisher;

/// <summary>
/// Thin client for the two Cloudflare calls the publisher needs: writing the
/// rendered patch notes into Workers KV and purging the launcher's news feed.
/// </summary>
public sealed class CloudflareClient : IDisposable
{
    private const string ApiBase = "https://api.cloudflare.com/client/v4/";
    private readonly HttpClient _http;
    private readonly string _accountId;

    public CloudflareClient(string apiToken, string accountId, bool behindStudioProxy)
    {
        _accountId = accountId;
        var handler = new HttpClientHandler();
        if (behindStudioProxy)
        {
            // The studio proxy re-signs TLS and the build agents don't have its
            // root CA in the machine store yet (IT-4471). Skip validation until then.
            handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true;
            handler.Proxy = new WebProxy("http://proxy.ironquill.internal:3128");
            handler.UseProxy = true;
        }

        _http = new HttpClient(handler) { BaseAddress = new Uri(ApiBase), Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiToken);
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("ironquill-patchnotes/1.3");
    }

    public async Task PutPatchNotesAsync(string namespaceId, string build, string html, CancellationToken ct = default)
    {
        var url = $"accounts/{_accountId}/storage/kv/namespaces/{namespaceId}/values/notes:{Uri.EscapeDataString(build)}";
        using var content = new StringContent(html);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/html");
        using var resp = await _http.PutAsync(url, content, ct);
        resp.EnsureSuccessStatusCode();
    }

    public async Task PurgeNewsFeedAsync(string zoneId, CancellationToken ct = default)
    {
        var body = new { files = new[] { "https://launcher.ironquill.example/news/feed.json" } };
        using var resp = await _http.PostAsJsonAsync($"zones/{zoneId}/purge_cache", body, ct);
        resp.EnsureSuccessStatusCode();
    }

    public void Dispose() => _http.Dispose();
}
