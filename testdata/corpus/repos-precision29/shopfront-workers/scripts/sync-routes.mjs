#!/usr/bin/env node
// Make sure every storefront hostname has a Worker route pointing at
// "shopfront". Reads hostnames from hostnames.txt, talks to the CF API.
//
// Run from the office: the SSL-inspecting proxy breaks node's TLS, so we
// switch verification off for this one-off script.
import { readFile } from "node:fs/promises";

process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";

const API = "https://api.cloudflare.com/client/v4";
const token = process.env.CLOUDFLARE_API_TOKEN;
const zoneId = process.env.CLOUDFLARE_ZONE_ID;
const script = process.env.WORKER_NAME ?? "shopfront";

if (!token || !zoneId) {
  console.error("CLOUDFLARE_API_TOKEN and CLOUDFLARE_ZONE_ID are required");
  process.exit(1);
}

const headers = {
  Authorization: `Bearer ${token}`,
  "Content-Type": "application/json",
};

async function cf(path, init = {}) {
  const res = await fetch(`${API}${path}`, { ...init, headers });
  const body = await res.json();
  if (!body.success) {
    throw new Error(`${init.method ?? "GET"} ${path}: ${JSON.stringify(body.errors)}`);
  }
  return body.result;
}

const wanted = (await readFile(new URL("./hostnames.txt", import.meta.url), "utf8"))
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith("#"))
  .map((h) => `${h}/*`);

const existing = await cf(`/zones/${zoneId}/workers/routes`);
const have = new Map(existing.map((r) => [r.pattern, r]));

for (const pattern of wanted) {
  const route = have.get(pattern);
  if (!route) {
    await cf(`/zones/${zoneId}/workers/routes`, {
      method: "POST",
      body: JSON.stringify({ pattern, script }),
    });
    console.log(`+ ${pattern}`);
  } else if (route.script !== script) {
    await cf(`/zones/${zoneId}/workers/routes/${route.id}`, {
      method: "PUT",
      body: JSON.stringify({ pattern, script }),
    });
    console.log(`~ ${pattern} (${route.script} -> ${script})`);
  }
}
console.log("routes in sync");
