using System.Net;
using System.Net.Http.Json;
using Acme.Dns;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;
using Xunit;

namespace Acme.Dns.Tests;

public class CloudflareDnsClientTests
{
    private const string FakeToken = "test-token";
    private const string Zone = "023e105f4ecef8ad9ca31a8372d0c353";

    [Fact]
    public async Task UpsertSendsBearerAndNoLegacyHeaders()
    {
        var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, $"http://localhost:5005/client/v4/zones/{Zone}/dns_records")
            .WithHeaders("Authorization", $"Bearer {FakeToken}")
            .With(req => !req.Headers.Contains("X-Auth-Key") && !req.Headers.Contains("X-Auth-Email"))
            .Respond(HttpStatusCode.OK, JsonContent.Create(new
            {
                success = true,
                result = new { id = "372e67954025e0ba6aaa6d586b9e0b59", name = "www.example.com", type = "A", content = "198.51.100.4" }
            }));

        var opts = Options.Create(new CloudflareOptions
        {
            BaseUrl = "http://localhost:5005/client/v4/",
            ApiToken = FakeToken,
            ZoneId = Zone,
        });
        var client = new CloudflareDnsClient(mock.ToHttpClient(), opts);

        var id = await client.UpsertARecordAsync("www.example.com", "198.51.100.4");

        Assert.Equal("372e67954025e0ba6aaa6d586b9e0b59", id);
    }

    [Fact]
    public void MissingTokenThrows()
    {
        Environment.SetEnvironmentVariable(CloudflareOptions.TokenEnvVar, null);
        var opts = Options.Create(new CloudflareOptions { ApiToken = "" });
        var ex = Assert.Throws<InvalidOperationException>(() => new CloudflareDnsClient(new HttpClient(), opts));
        Assert.Contains("CLOUDFLARE_API_TOKEN", ex.Message);
    }
}
