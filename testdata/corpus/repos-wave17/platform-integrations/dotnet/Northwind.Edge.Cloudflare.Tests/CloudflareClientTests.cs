using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using Xunit;

namespace Northwind.Edge.Cloudflare.Tests;

public class CloudflareClientTests : System.IDisposable
{
    private readonly WireMockServer _server;

    public CloudflareClientTests()
    {
        // WireMock generates a self-signed localhost certificate for https
        _server = WireMockServer.Start(new WireMockServerSettings { Urls = new[] { "https://localhost:9443" } });
        _server
            .Given(Request.Create().WithPath("/client/v4/zones/test-zone/purge_cache").UsingPost()
                .WithHeader("Authorization", "Bearer test-token"))
            .RespondWith(Response.Create().WithStatusCode(200)
                .WithBodyAsJson(new { success = true, result = new { id = "purge-1" } }));
    }

    [Fact]
    public async Task Purge_returns_id_from_mock()
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        };
        using var http = new HttpClient(handler) { BaseAddress = new System.Uri("https://localhost:9443/client/v4/") };
        http.DefaultRequestHeaders.Add("Authorization", "Bearer test-token");

        var resp = await http.PostAsJsonAsync("zones/test-zone/purge_cache", new { purge_everything = true });
        var body = await resp.Content.ReadFromJsonAsync<PurgeResult>();

        Assert.True(body!.Success);
        Assert.Equal("purge-1", body.Result!.Id);
    }

    public void Dispose() => _server.Stop();
}
