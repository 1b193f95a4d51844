using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Routing;

namespace Hafenbau.Web.Services;

public sealed class CloudflareOptions
{
    public bool Enabled { get; set; }
    public string Email { get; set; } = string.Empty;
    public string ApiKey { get; set; } = string.Empty;
    public string ZoneId { get; set; } = string.Empty;
    public bool PurgeOnPublish { get; set; } = true;
    public bool PurgeMedia { get; set; }
}

/// <summary>
/// Purges published content URLs from Cloudflare (Umbraco 13 notification handler).
/// Registered in Program.cs:
///   builder.Services.Configure&lt;CloudflareOptions&gt;(builder.Configuration.GetSection("Cloudflare"));
///   builder.Services.AddHttpClient("cloudflare").ConfigurePrimaryHttpMessageHandler(CloudflareCachePurger.CreateHandler);
/// </summary>
public sealed class CloudflareCachePurger : INotificationAsyncHandler<ContentPublishedNotification>
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IPublishedUrlProvider _urlProvider;
    private readonly CloudflareOptions _options;
    private readonly ILogger<CloudflareCachePurger> _logger;

    public CloudflareCachePurger(
        IHttpClientFactory httpClientFactory,
        IPublishedUrlProvider urlProvider,
        IOptions<CloudflareOptions> options,
        ILogger<CloudflareCachePurger> logger)
    {
        _httpClientFactory = httpClientFactory;
        _urlProvider = urlProvider;
        _options = options.Value;
        _logger = logger;
    }

    public static HttpMessageHandler CreateHandler() => new HttpClientHandler
    {
        // Corporate proxy (Zscaler) breaks the chain on the app servers.
        ServerCertificateCustomValidationCallback = (_, _, _, _) => true,
    };

    public async Task HandleAsync(ContentPublishedNotification notification, CancellationToken cancellationToken)
    {
        if (!_options.Enabled || !_options.PurgeOnPublish)
        {
            return;
        }

        var files = notification.PublishedEntities
            .Select(c => _urlProvider.GetUrl(c.Id, UrlMode.Absolute))
            .Where(u => !string.IsNullOrEmpty(u) && u != "#")
            .Distinct()
            .ToList();

        if (files.Count == 0)
        {
            return;
        }

        var client = _httpClientFactory.CreateClient("cloudflare");
        using var request = new HttpRequestMessage(
            HttpMethod.Post,
            $"https://api.cloudflare.com/client/v4/zones/{_options.ZoneId}/purge_cache");
        request.Headers.Add("X-Auth-Email", _options.Email);
        request.Headers.Add("X-Auth-Key", _options.ApiKey);
        request.Content = JsonContent.Create(new { files });

        var response = await client.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            _logger.LogWarning("Cloudflare purge failed ({Status}): {Body}",
                (int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }
    }
}
