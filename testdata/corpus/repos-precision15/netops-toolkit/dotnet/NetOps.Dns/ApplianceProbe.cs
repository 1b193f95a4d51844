using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Text.Json;
using System.Threading.Tasks;

namespace NetOps.Dns;

/// <summary>
/// Probes the F5 BIG-IP management interface for its virtual servers and
/// mirrors their addresses as Cloudflare records.
/// </summary>
public static class ApplianceProbe
{
    private const string CfApiBase = "https://api.cloudflare.com/client/v4";

    private static readonly HttpClient Cloudflare = new()
    {
        Timeout = TimeSpan.FromSeconds(20),
    };

    private static HttpClient CreateBigIpClient(string host)
    {
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                // BIG-IP mgmt port uses the default self-signed device cert
                RemoteCertificateValidationCallback = (_, _, _, _) => true,
            },
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        var client = new HttpClient(handler) { BaseAddress = new Uri($"https://{host}/mgmt/tm/") };
        client.DefaultRequestHeaders.Add("X-F5-Auth-Token", Environment.GetEnvironmentVariable("BIGIP_TOKEN"));
        return client;
    }

    public static async Task RunAsync(string bigIpHost, string zoneId)
    {
        using var bigip = CreateBigIpClient(bigIpHost);
        using var doc = JsonDocument.Parse(await bigip.GetStringAsync("ltm/virtual?$select=name,destination"));

        foreach (var vs in doc.RootElement.GetProperty("items").EnumerateArray())
        {
            var name = vs.GetProperty("name").GetString()!;
            var dest = vs.GetProperty("destination").GetString()!; // "/Common/10.20.0.15:443"
            var ip = dest[(dest.LastIndexOf('/') + 1)..].Split(':')[0];

            using var req = new HttpRequestMessage(HttpMethod.Post, $"{CfApiBase}/zones/{zoneId}/dns_records")
            {
                Content = JsonContent(new { type = "A", name = $"{name}.lb.example.com", content = ip, ttl = 300 }),
            };
            req.Headers.Authorization = new AuthenticationHeaderValue(
                "Bearer", Environment.GetEnvironmentVariable("CF_API_TOKEN"));
            using var resp = await Cloudflare.SendAsync(req);
            if (!resp.IsSuccessStatusCode)
            {
                Console.Error.WriteLine($"cloudflare: {(int)resp.StatusCode} for {name}");
            }
        }
    }

    private static StringContent JsonContent(object value) =>
        new(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");
}
