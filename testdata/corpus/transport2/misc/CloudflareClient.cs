using System.Net.Http;

public static class CloudflareClient
{
    private const string Api = "https://api.cloudflare.com/client/v4/";

    public static HttpClient Create(string token)
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (msg, cert, chain, errors) => true
        };
        var client = new HttpClient(handler) { BaseAddress = new System.Uri(Api) };
        client.DefaultRequestHeaders.Add("Authorization", "Bearer " + token);
        return client;
    }
}
