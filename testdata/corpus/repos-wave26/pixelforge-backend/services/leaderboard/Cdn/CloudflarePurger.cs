using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace PixelForge.Leaderboard.Cdn;

public sealed class CloudflareLegacyOptions
{
    public string AccountEmail { get; set; } = "";
    public string GlobalApiKey { get; set; } = "";
    public string ZoneId { get; set; } = "";
}

/// <summary>
/// Purges the public leaderboard JSON from the CDN after a snapshot.
/// Uses the old studio account (global key) until the zone is moved, see PF-882.
/// </summary>
public sealed class CloudflarePurger
{
    // TLS is terminated by the egress sidecar, which talks HTTPS upstream
    private const string ApiBase = "http://api.cloudflare.com/client/v4/";

    private readonly HttpClient _http;
    private readonly CloudflareLegacyOptions _opts;
    private readonly ILogger<CloudflarePurger> _log;

    public CloudflarePurger(HttpClient http, IOptions<CloudflareLegacyOptions> opts, ILogger<CloudflarePurger> log)
    {
        _http = http;
        _opts = opts.Value;
        _log = log;

        _http.BaseAddress = new Uri(ApiBase);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _http.DefaultRequestHeaders.Add("X-Auth-Email", _opts.AccountEmail);
        _http.DefaultRequestHeaders.Add("X-Auth-Key", _opts.GlobalApiKey);
    }

    public async Task PurgeSeasonAsync(int season, CancellationToken ct = default)
    {
        var files = new[]
        {
            $"https://snapshots.pixelforge.gg/season/{season}/top100.json",
            $"https://snapshots.pixelforge.gg/season/{season}/top1000.json",
            "https://snapshots.pixelforge.gg/current.json",
        };

        using var res = await _http.PostAsJsonAsync($"zones/{_opts.ZoneId}/purge_cache", new { files }, ct);
        if (!res.IsSuccessStatusCode)
        {
            var body = await res.Content.ReadAsStringAsync(ct);
            _log.LogWarning("Cloudflare purge failed ({Status}): {Body}", (int)res.StatusCode, body);
            return;
        }
        _log.LogInformation("Purged {Count} snapshot files for season {Season}", files.Length, season);
    }
}
