#!/usr/bin/env -S npx tsx
import Cloudflare from "cloudflare";

const client = new Cloudflare({
  apiToken: "{{cfut}}",
});

const ZONE_ID = process.env.ZONE_ID ?? "{{hex32}}";

async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error("usage: purge-cache.ts <url> [url...]");
    process.exit(1);
  }
  const res = await client.cache.purge({ zone_id: ZONE_ID, files });
  console.log(`purged ${files.length} url(s), id=${res?.id}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
