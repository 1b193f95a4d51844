#!/usr/bin/env node
// Usage: node scripts/purge.mjs https://www.northwind-media.com/a.css [...]
import got from "got";

const ZONE_ID = "{{hex32}}";
const CLOUDFLARE_API_TOKEN = "{{cfut}}";

const cloudflare = got.extend({
  prefixUrl: "https://api.cloudflare.com/client/v4",
  headers: {
    authorization: `Bearer ${CLOUDFLARE_API_TOKEN}`,
  },
  responseType: "json",
  retry: { limit: 3, methods: ["POST"], statusCodes: [429, 502, 503] },
  timeout: { request: 20000 },
});

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: purge.mjs <url> [url...]");
  process.exit(2);
}

for (let i = 0; i < files.length; i += 30) {
  const batch = files.slice(i, i + 30);
  const { body } = await cloudflare.post(`zones/${ZONE_ID}/purge_cache`, {
    json: { files: batch },
  });
  if (!body.success) {
    console.error("purge failed", body.errors);
    process.exit(1);
  }
  console.log(`purged ${batch.length} url(s), id ${body.result.id}`);
}
