using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;

namespace DnsUpdater.Services
{
    public class CloudflareOptions
    {
        public string Email { get; set; } = "";
        public string GlobalKey { get; set; } = "";
        public string ZoneId { get; set; } = "";
    }

    public class CloudflareDnsService
    {
        private readonly HttpClient _http;
        private readonly CloudflareOptions _opt;

        public CloudflareDnsService(HttpClient http, IOptions<CloudflareOptions> opt)
        {
            _http = http;
            _opt = opt.Value;
        }

        public async Task<string> UpdateAsync(string recordId, string ip)
        {
            var url = $"https://api.cloudflare.com/client/v4/zones/{_opt.ZoneId}/dns_records/{recordId}";
            using var request = new HttpRequestMessage(HttpMethod.Patch, url);
            request.Headers.Add("X-Auth-Email", _opt.Email);
            request.Headers.Add("X-Auth-Key", _opt.GlobalKey);
            request.Content = new StringContent($"{{\"content\":\"{ip}\"}}", Encoding.UTF8, "application/json");
            var resp = await _http.SendAsync(request);
            return await resp.Content.ReadAsStringAsync();
        }
    }
}
