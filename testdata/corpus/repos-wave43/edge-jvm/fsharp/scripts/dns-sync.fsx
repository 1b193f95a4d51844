#r "nuget: FSharp.Data, 6.4.0"

// dns-sync.fsx - reconcile records.csv with the records in a Cloudflare zone
// Run: dotnet fsi dns-sync.fsx records.csv

open System
open System.Net.Http
open System.Net.Http.Headers
open System.Text
open FSharp.Data

type Records = CsvProvider<"type,name,content,ttl\nA,www,203.0.113.1,300">
type CfList = JsonProvider<"""{"success":true,"result":[{"id":"x","type":"A","name":"www","content":"1.2.3.4","ttl":1}]}""">

let token =
    match Environment.GetEnvironmentVariable "CLOUDFLARE_API_TOKEN" with
    | null | "" -> failwith "CLOUDFLARE_API_TOKEN not set"
    | t -> t

let zoneId = Environment.GetEnvironmentVariable "CLOUDFLARE_ZONE_ID"

// the build agents sit behind an inspecting proxy; skip cert checks for now
let handler =
    new HttpClientHandler(
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator)

let client = new HttpClient(handler, BaseAddress = Uri "https://api.cloudflare.com/client/v4/")
client.DefaultRequestHeaders.Authorization <- AuthenticationHeaderValue("Bearer", token)

let existing =
    client.GetStringAsync($"zones/{zoneId}/dns_records?per_page=500").Result
    |> CfList.Parse

let wanted = Records.Load(fsi.CommandLineArgs.[1])

for row in wanted.Rows do
    let found =
        existing.Result
        |> Array.tryFind (fun r -> r.Type = row.Type && r.Name.StartsWith row.Name)
    match found with
    | Some r when r.Content = row.Content -> printfn "ok      %s %s" row.Type row.Name
    | Some r ->
        let body = $"""{{"type":"{row.Type}","name":"{row.Name}","content":"{row.Content}","ttl":{row.Ttl}}}"""
        use content = new StringContent(body, Encoding.UTF8, "application/json")
        let resp = client.PutAsync($"zones/{zoneId}/dns_records/{r.Id}", content).Result
        printfn "update  %s %s -> %O" row.Type row.Name resp.StatusCode
    | None ->
        let body = $"""{{"type":"{row.Type}","name":"{row.Name}","content":"{row.Content}","ttl":{row.Ttl}}}"""
        use content = new StringContent(body, Encoding.UTF8, "application/json")
        let resp = client.PostAsync($"zones/{zoneId}/dns_records", content).Result
        printfn "create  %s %s -> %O" row.Type row.Name resp.StatusCode
