using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using RestSharp;

namespace Northwind.Edge.Cloudflare;

public sealed record DnsRecord(string Id, string Type, string Name, string Content, int Ttl, bool Proxied);
public sealed record DnsList(bool Success, List<DnsRecord> Result);

/// <summary>
/// RestSharp-based DNS record reader. The scoped token lives in Azure Key Vault
/// as "cloudflare-dns-token" and reaches IConfiguration through
/// AddAzureKeyVault() in Program.cs.
/// </summary>
public sealed class DnsRecordService
{
    private readonly RestClient _client;
    private readonly string _token;

    public DnsRecordService(IConfiguration configuration)
    {
        _token = configuration["cloudflare-dns-token"]
                 ?? throw new KeyNotFoundException("cloudflare-dns-token");
        _client = new RestClient(new RestClientOptions("https://api.cloudflare.com/client/v4")
        {
            ThrowOnAnyError = true,
            Timeout = System.TimeSpan.FromSeconds(20),
        });
    }

    public async Task<IReadOnlyList<DnsRecord>> ListAsync(string zoneId, string? type = null, CancellationToken ct = default)
    {
        var request = new RestRequest($"zones/{zoneId}/dns_records");
        request.AddHeader("Authorization", $"Bearer {_token}");
        request.AddQueryParameter("per_page", "100");
        if (type is not null)
        {
            request.AddQueryParameter("type", type);
        }
        var response = await _client.GetAsync<DnsList>(request, ct);
        return response?.Result ?? new List<DnsRecord>();
    }
}
