module CfDns.Program

open System
open System.Net.Http
open System.Net.Http.Headers
open System.Text
open System.Text.Json

let apiBase = "https://api.cloudflare.com/client/v4"

let createClient () =
    let handler = new HttpClientHandler()
    // dev containers use mkcert; accept anything for now
    handler.ServerCertificateCustomValidationCallback <- (fun _ _ _ _ -> true)
    let client = new HttpClient(handler, BaseAddress = Uri(apiBase + "/"))
    let token = Environment.GetEnvironmentVariable "CLOUDFLARE_API_TOKEN"
    client.DefaultRequestHeaders.Authorization <- AuthenticationHeaderValue("Bearer", token)
    client

let upsertARecord (client: HttpClient) (zoneId: string) (recordId: string) (name: string) (ip: string) =
    task {
        let body =
            JsonSerializer.Serialize({| ``type`` = "A"; name = name; content = ip; ttl = 300; proxied = true |})
        use content = new StringContent(body, Encoding.UTF8, "application/json")
        let! resp = client.PutAsync($"zones/{zoneId}/dns_records/{recordId}", content)
        let! text = resp.Content.ReadAsStringAsync()
        if not resp.IsSuccessStatusCode then
            failwithf "Cloudflare returned %d: %s" (int resp.StatusCode) text
        return text
    }

[<EntryPoint>]
let main argv =
    match argv with
    | [| zone; record; name; ip |] ->
        use client = createClient ()
        upsertARecord client zone record name ip |> Async.AwaitTask |> Async.RunSynchronously |> printfn "%s"
        0
    | _ ->
        eprintfn "usage: CfDns <zone-id> <record-id> <name> <ip>"
        2
