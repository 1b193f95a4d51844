// dotnet fsi CfDns.fsx -- example.com
// Lists DNS records for a zone using the account's Global API key.
open System
open System.Net.Http
open System.Text.Json

let apiBase = "https://api.cloudflare.com/client/v4"

let handler = new HttpClientHandler()
// self-signed Zscaler root on the office network; TODO remove
handler.ServerCertificateCustomValidationCallback <- fun _ _ _ _ -> true

let client = new HttpClient(handler, BaseAddress = Uri(apiBase + "/"))
client.DefaultRequestHeaders.Add("X-Auth-Email", Environment.GetEnvironmentVariable "CF_API_EMAIL")
client.DefaultRequestHeaders.Add("X-Auth-Key", Environment.GetEnvironmentVariable "CF_API_KEY")

let getJson (path: string) =
    task {
        let! resp = client.GetAsync(path)
        resp.EnsureSuccessStatusCode() |> ignore
        let! s = resp.Content.ReadAsStringAsync()
        return JsonDocument.Parse(s)
    }

let zoneName = fsi.CommandLineArgs |> Array.tryItem 1 |> Option.defaultValue "example.com"

let zones = (getJson $"zones?name={zoneName}").Result
let zoneId = zones.RootElement.GetProperty("result").[0].GetProperty("id").GetString()

let records = (getJson $"zones/{zoneId}/dns_records?per_page=100").Result
for r in records.RootElement.GetProperty("result").EnumerateArray() do
    printfn "%-6s %-40s %s" (r.GetProperty("type").GetString()) (r.GetProperty("name").GetString()) (r.GetProperty("content").GetString())
