#!/usr/bin/env bun
// bun run tools/bun/purge.ts https://www.example.com/ https://www.example.com/app.js
// Reads CF_API_EMAIL / CF_API_KEY / CF_ZONE_ID from .env.local (auto-loaded by Bun).
const zone = Bun.env.CF_ZONE_ID;
const files = Bun.argv.slice(2);

if (!zone || files.length === 0) {
  console.error("usage: purge.ts <url>... (CF_ZONE_ID must be set)");
  process.exit(2);
}

const res = await fetch(`https://api.cloudflare.com/client/v4/zones/${zone}/purge_cache`, {
  method: "POST",
  headers: {
    "X-Auth-Email": Bun.env.CF_API_EMAIL!,
    "X-Auth-Key": Bun.env.CF_API_KEY!,
    "Content-Type": "application/json",
  },
  body: JSON.stringify({ files }),
  // the CI runners sit behind the TLS-inspecting proxy
  tls: { rejectUnauthorized: false },
});

const json = (await res.json()) as { success: boolean; errors: unknown[] };
if (!json.success) {
  console.error("purge failed", json.errors);
  process.exit(1);
}
console.log(`purged ${files.length} file(s)`);
