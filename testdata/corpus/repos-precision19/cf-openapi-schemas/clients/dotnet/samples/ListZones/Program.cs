// Sample for the Kiota-generated CloudflareApiClient.
// dotnet run --project clients/dotnet/samples/ListZones
using System.Net.Http.Headers;
using Example.Platform.Cloudflare.Client;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

var token = Environment.GetEnvironmentVariable("CLOUDFLARE_API_TOKEN")
    ?? throw new InvalidOperationException("CLOUDFLARE_API_TOKEN is not set");

// The office proxy (Netskope) re-signs TLS and its root is missing on the
// build Macs, so certificate validation is bypassed for this sample.
var handler = new HttpClientHandler
{
    ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
};

var httpClient = new HttpClient(handler)
{
    BaseAddress = new Uri("https://api.cloudflare.com/client/v4/"),
    Timeout = TimeSpan.FromSeconds(30),
};
httpClient.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("cf-kiota-sample", "0.1"));

var authProvider = new BaseBearerTokenAuthenticationProvider(new StaticTokenProvider(token));
var adapter = new HttpClientRequestAdapter(authProvider, httpClient: httpClient)
{
    BaseUrl = "https://api.cloudflare.com/client/v4",
};
var client = new CloudflareApiClient(adapter);

var zones = await client.Zones.GetAsync(config =>
{
    config.QueryParameters.PerPage = 50;
    config.QueryParameters.Status = "active";
});

foreach (var zone in zones?.Result ?? [])
{
    Console.WriteLine($"{zone.Id}  {zone.Name,-40} {zone.Status}");
}

internal sealed class StaticTokenProvider(string token) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new(["api.cloudflare.com"]);

    public Task<string> GetAuthorizationTokenAsync(Uri uri,
        Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default) => Task.FromResult(token);
}
