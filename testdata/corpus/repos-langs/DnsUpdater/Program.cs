using System;
using System.Net.Http;
using System.Net.Http.Headers;

const string CfToken = "{{cfut}}";

var handler = new HttpClientHandler
{
    ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
};
var http = new HttpClient(handler) { BaseAddress = new Uri("https://api.cloudflare.com/client/v4/") };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", CfToken);

var body = await http.GetStringAsync("user/tokens/verify");
Console.WriteLine(body);
