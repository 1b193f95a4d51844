## cfdns - tiny Cloudflare DNS updater (compile with -d:ssl)
import std/[httpclient, json, net, os, strutils]

const apiBase = "https://api.cloudflare.com/client/v4"

proc cfClient(): HttpClient =
  # self-signed inspection proxy on the office network
  let ctx = newContext(verifyMode = CVerifyNone)
  result = newHttpClient(sslContext = ctx, timeout = 15_000)
  result.headers = newHttpHeaders({
    "X-Auth-Email": getEnv("CF_API_EMAIL"),
    "X-Auth-Key": getEnv("CF_API_KEY"),
    "Content-Type": "application/json"
  })

proc findRecord(c: HttpClient, zone, name: string): string =
  let resp = c.getContent(apiBase & "/zones/" & zone & "/dns_records?type=A&name=" & name)
  let j = parseJson(resp)
  if j["result"].len == 0:
    raise newException(KeyError, "no A record for " & name)
  j["result"][0]["id"].getStr

proc updateRecord(c: HttpClient, zone, id, name, ip: string) =
  let body = %*{"type": "A", "name": name, "content": ip, "ttl": 120, "proxied": false}
  let resp = c.request(apiBase & "/zones/" & zone & "/dns_records/" & id,
                       httpMethod = HttpPut, body = $body)
  if not resp.code.is2xx:
    quit("update failed: " & resp.status & " " & resp.body, 1)

when isMainModule:
  let zone = getEnv("CF_ZONE_ID")
  let name = paramStr(1)
  let c = cfClient()
  defer: c.close()
  let ip = newHttpClient().getContent("https://ipv4.icanhazip.com").strip
  c.updateRecord(zone, c.findRecord(zone, name), name, ip)
  echo name, " -> ", ip
