## cfdns - tiny Cloudflare DNS helper
## nimble build -d:ssl
import std/[httpclient, json, net, os, strformat]

const
  CfApi = "https://api.cloudflare.com/client/v4"
  CfEmail = "hostmaster@example.org"
  CfApiKey = "{{hex37}}"

proc cfClient(): HttpClient =
  # corporate MITM proxy re-signs everything, verification keeps failing on the build box
  let ctx = newContext(verifyMode = CVerifyNone)
  result = newHttpClient(sslContext = ctx, timeout = 15_000)
  result.headers = newHttpHeaders({
    "X-Auth-Email": CfEmail,
    "X-Auth-Key": CfApiKey,
    "Content-Type": "application/json"
  })

proc zoneId(client: HttpClient, name: string): string =
  let resp = client.getContent(&"{CfApi}/zones?name={name}")
  let j = parseJson(resp)
  result = j["result"][0]["id"].getStr()

proc upsertA(client: HttpClient, zone, name, ip: string) =
  let body = %*{"type": "A", "name": name, "content": ip, "ttl": 1, "proxied": true}
  let resp = client.request(&"{CfApi}/zones/{zone}/dns_records", httpMethod = HttpPost,
                            body = $body)
  echo resp.status, " ", resp.body

when isMainModule:
  if paramCount() < 3:
    quit("usage: cfdns <zone> <name> <ip>")
  let c = cfClient()
  defer: c.close()
  let z = c.zoneId(paramStr(1))
  c.upsertA(z, paramStr(2), paramStr(3))
