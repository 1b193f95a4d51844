#!/usr/bin/env node
// Warm the edge cache after a deploy: purge the homepage, then fetch the
// top URLs from every POP we care about via the load balancer pool list.
const { fetch } = require("undici");

const API = "https://api.cloudflare.com/client/v4";
const ZONE_ID = "{{hex32}}";
const CF_API_TOKEN = "{{hex32}}" + "pR2v-K9x";

const TOP_URLS = [
  "https://www.northwind-media.com/",
  "https://www.northwind-media.com/news",
  "https://www.northwind-media.com/static/app.css",
];

async function cf(path, init = {}) {
  const res = await fetch(API + path, {
    ...init,
    headers: {
      Authorization: "Bearer " + CF_API_TOKEN,
      "Content-Type": "application/json",
    },
  });
  const body = await res.json();
  if (!body.success) throw new Error(JSON.stringify(body.errors));
  return body.result;
}

(async () => {
  await cf(`/zones/${ZONE_ID}/purge_cache`, {
    method: "POST",
    body: JSON.stringify({ files: TOP_URLS }),
  });
  for (const url of TOP_URLS) {
    const res = await fetch(url, { headers: { "User-Agent": "warm-cache/1.0" } });
    console.log(res.status, res.headers.get("cf-cache-status"), url);
  }
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
