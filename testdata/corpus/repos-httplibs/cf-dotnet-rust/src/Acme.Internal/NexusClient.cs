using RestSharp;

namespace Acme.Internal;

/// Pulls build artifacts from the on-prem Nexus (self-signed cert, internal CA not on build agents).
public sealed class NexusClient
{
    private readonly RestClient _client = new(new RestClientOptions("https://nexus.build.acme.internal")
    {
        RemoteCertificateValidationCallback = (_, _, _, _) => true,
    });

    public async Task<byte[]?> DownloadAsync(string repo, string path)
    {
        var req = new RestRequest($"repository/{repo}/{path}");
        req.AddHeader("X-Api-Key", Environment.GetEnvironmentVariable("NEXUS_API_KEY") ?? "");
        return await _client.DownloadDataAsync(req);
    }
}
