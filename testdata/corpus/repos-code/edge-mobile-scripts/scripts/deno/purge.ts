#!/usr/bin/env -S deno run --allow-net --allow-env
// purge.ts - purge cache tags after a deploy
// usage: deno task purge <tag> [tag...]

const token = Deno.env.get("CLOUDFLARE_API_TOKEN");
const zoneId = Deno.env.get("CLOUDFLARE_ZONE_ID");
if (!token || !zoneId) {
  console.error("CLOUDFLARE_API_TOKEN and CLOUDFLARE_ZONE_ID must be set");
  Deno.exit(2);
}

const tags = Deno.args;
if (tags.length === 0) {
  console.error("no cache tags given");
  Deno.exit(2);
}

const res = await fetch(
  `https://api.cloudflare.com/client/v4/zones/${zoneId}/purge_cache`,
  {
    method: "POST",
    headers: {
      "Authorization": `Bearer ${token}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ tags }),
  },
);

const body = await res.json();
if (!body.success) {
  console.error("purge failed", body.errors);
  Deno.exit(1);
}
console.log(`purged ${tags.length} tag(s) in zone ${zoneId}`);
