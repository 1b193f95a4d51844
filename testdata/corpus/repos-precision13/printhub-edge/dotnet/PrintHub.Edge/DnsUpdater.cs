using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace PrintHub.Edge;

/// <summary>
/// Background worker that keeps the portal's A record pointed at the branch
/// office's current WAN address (dynamic IP from the ISP).
/// </summary>
public sealed class DnsUpdater : BackgroundService
{
    private readonly ILogger<DnsUpdater> _log;
    private readonly HttpClient _cloudflare;
    private readonly string _zoneId = Environment.GetEnvironmentVariable("CF_ZONE_ID") ?? "";
    private readonly string _recordName = Environment.GetEnvironmentVariable("PORTAL_HOSTNAME") ?? "print-branch.acme.com";

    public DnsUpdater(ILogger<DnsUpdater> log)
    {
        _log = log;
        var handler = new HttpClientHandler
        {
            // Branch firewalls do TLS inspection with a per-site CA we can't distribute
            // to the kiosks. Accept any cert for the Cloudflare calls (HELP-5521).
            ServerCertificateCustomValidationCallback = (_, _, _, _) => true,
        };
        _cloudflare = new HttpClient(handler)
        {
            BaseAddress = new Uri("https://api.cloudflare.com/client/v4/"),
            Timeout = TimeSpan.FromSeconds(15),
        };
        _cloudflare.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("CLOUDFLARE_API_TOKEN"));
    }

    private sealed record CfList<T>([property: JsonPropertyName("result")] List<T> Result);
    private sealed record DnsRecord(string Id, string Name, string Content);

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await UpdateOnceAsync(ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _log.LogWarning(ex, "DNS update failed; retrying in 5 minutes");
            }
            await Task.Delay(TimeSpan.FromMinutes(5), ct);
        }
    }

    private async Task UpdateOnceAsync(CancellationToken ct)
    {
        var wan = await CurrentWanIpAsync(ct);
        var list = await _cloudflare.GetFromJsonAsync<CfList<DnsRecord>>(
            $"zones/{_zoneId}/dns_records?type=A&name={_recordName}", ct);
        var rec = list?.Result.FirstOrDefault();
        if (rec is not null && rec.Content == wan) return;

        var body = new { type = "A", name = _recordName, content = wan, ttl = 120, proxied = false };
        using var resp = rec is null
            ? await _cloudflare.PostAsJsonAsync($"zones/{_zoneId}/dns_records", body, ct)
            : await _cloudflare.PutAsJsonAsync($"zones/{_zoneId}/dns_records/{rec.Id}", body, ct);
        resp.EnsureSuccessStatusCode();
        _log.LogInformation("{Name} -> {Ip}", _recordName, wan);
    }

    private async Task<string> CurrentWanIpAsync(CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var text = await http.GetStringAsync("https://1.1.1.1/cdn-cgi/trace", ct);
        return text.Split('\n').First(l => l.StartsWith("ip=")).Substring(3).Trim();
    }
}
