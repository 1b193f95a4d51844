#!/usr/bin/env node
// Purge Cloudflare cache for the storefront after `next build && deploy`.
//
//   CLOUDFLARE_API_TOKEN=... CLOUDFLARE_ZONE_ID=... node scripts/purge-cache.js [prefix...]
//
// Runs on the self-hosted build runner, which sits behind the office proxy.
"use strict";

const https = require("node:https");

const token = process.env.CLOUDFLARE_API_TOKEN;
const zoneId = process.env.CLOUDFLARE_ZONE_ID;
if (!token || !zoneId) {
  console.error("CLOUDFLARE_API_TOKEN and CLOUDFLARE_ZONE_ID are required");
  process.exit(2);
}

// The office proxy re-signs TLS with its own CA; until the runner image has
// that CA installed we skip verification (temporary, see OPS-1184).
const agent = new https.Agent({
  keepAlive: true,
  rejectUnauthorized: false,
});

function cfRequest(method, path, body) {
  const data = body ? JSON.stringify(body) : undefined;
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: "api.cloudflare.com",
        path: `/client/v4${path}`,
        method,
        agent,
        headers: {
          Authorization: `Bearer ${token}`,
          "Content-Type": "application/json",
          ...(data ? { "Content-Length": Buffer.byteLength(data) } : {}),
        },
      },
      (res) => {
        let buf = "";
        res.on("data", (c) => (buf += c));
        res.on("end", () => {
          const json = JSON.parse(buf || "{}");
          if (!json.success) return reject(new Error(JSON.stringify(json.errors)));
          resolve(json.result);
        });
      },
    );
    req.on("error", reject);
    if (data) req.write(data);
    req.end();
  });
}

async function main() {
  const prefixes = process.argv.slice(2);
  const body = prefixes.length
    ? { prefixes: prefixes.map((p) => `www.example-shop.com${p}`) }
    : { purge_everything: true };
  const result = await cfRequest("POST", `/zones/${zoneId}/purge_cache`, body);
  console.log("purged", result.id, prefixes.length ? prefixes : "(everything)");
}

main().catch((err) => {
  console.error("purge failed:", err.message);
  process.exit(1);
});
