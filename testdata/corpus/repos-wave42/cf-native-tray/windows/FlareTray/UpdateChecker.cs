using System;
using System.Configuration;
using System.Net.Http;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;

namespace FlareTray
{
    /// <summary>
    /// Checks the internal update feed. The feed server is an on-prem box with
    /// a certificate from our internal AD CS, which isn't trusted on machines
    /// outside the domain, so this client accepts any certificate. It never
    /// talks to Cloudflare.
    /// </summary>
    internal static class UpdateChecker
    {
        private sealed record Feed(string Version, string Url, string Sha256);

        private static readonly HttpClient Http = new(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        })
        {
            Timeout = TimeSpan.FromSeconds(10),
        };

        public static async Task<(bool available, string? url)> CheckAsync()
        {
            var feedUrl = ConfigurationManager.AppSettings["UpdateFeedUrl"]
                          ?? "https://updates.flaretray.internal/feed.json";
            try
            {
                var json = await Http.GetStringAsync(feedUrl).ConfigureAwait(false);
                var feed = JsonSerializer.Deserialize<Feed>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
                if (feed is null) return (false, null);

                var current = Assembly.GetExecutingAssembly().GetName().Version ?? new Version(0, 0);
                return Version.TryParse(feed.Version, out var latest) && latest > current
                    ? (true, feed.Url)
                    : (false, null);
            }
            catch (HttpRequestException)
            {
                return (false, null);
            }
        }
    }
}
