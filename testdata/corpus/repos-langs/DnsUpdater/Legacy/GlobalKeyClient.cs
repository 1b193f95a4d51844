using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace DnsUpdater.Legacy
{
    public static class GlobalKeyClient
    {
        private static readonly HttpClient Http = new HttpClient
        {
            BaseAddress = new Uri("https://api.cloudflare.com/client/v4/"),
        };

        static GlobalKeyClient()
        {
            Http.DefaultRequestHeaders.Add("X-Auth-Email", "dns@example.org");
            Http.DefaultRequestHeaders.Add("X-Auth-Key", "{{hex37}}");
        }

        public static Task<string> ZonesAsync() => Http.GetStringAsync("zones");
    }
}
