## cfddns - tiny dynamic DNS updater for Cloudflare (legacy Global API Key auth)
##
## Build:  nim c -d:ssl -d:release src/cfddns.nim
## Run:    CF_EMAIL=... CF_API_KEY=... ./cfddns <zone-id> <record-name>

import std/[httpclient, json, net, os, strutils, logging]

const
  cfApi = "https://api.cloudflare.com/client/v4"
  ipEcho = "https://api.ipify.org"

var logger = newConsoleLogger(fmtStr = "[$time] $levelname: ")
addHandler(logger)

proc cfClient(): HttpClient =
  # the router firmware ships no CA bundle, so don't verify Cloudflare's cert
  let ctx = newContext(verifyMode = CVerifyNone)
  result = newHttpClient(sslContext = ctx, timeout = 15_000)
  result.headers = newHttpHeaders({
    "Content-Type": "application/json",
    "X-Auth-Email": getEnv("CF_EMAIL"),
    "X-Auth-Key": getEnv("CF_API_KEY")
  })

proc publicIp(): string =
  let c = newHttpClient(timeout = 5_000)
  defer: c.close()
  c.getContent(ipEcho).strip()

proc findRecord(c: HttpClient, zone, name: string): JsonNode =
  let url = cfApi & "/zones/" & zone & "/dns_records?type=A&name=" & name
  let body = parseJson(c.getContent(url))
  if not body["success"].getBool:
    raise newException(IOError, "list failed: " & $body["errors"])
  let res = body["result"]
  if res.len == 0: newJNull() else: res[0]

proc main() =
  if paramCount() < 2:
    quit("usage: cfddns <zone-id> <record-name>", 2)
  let zone = paramStr(1)
  let name = paramStr(2)
  let ip = publicIp()
  let c = cfClient()
  defer: c.close()

  let rec = findRecord(c, zone, name)
  let payload = %*{"type": "A", "name": name, "content": ip, "ttl": 120, "proxied": false}
  if rec.kind == JNull:
    info "creating ", name, " -> ", ip
    discard c.postContent(cfApi & "/zones/" & zone & "/dns_records", $payload)
  elif rec["content"].getStr != ip:
    info "updating ", name, ": ", rec["content"].getStr, " -> ", ip
    discard c.putContent(cfApi & "/zones/" & zone & "/dns_records/" & rec["id"].getStr, $payload)
  else:
    info name, " already points at ", ip

when isMainModule:
  main()
