#!/usr/bin/env node
// Purge cached assets after `npm run build`. Reads credentials from the environment.
'use strict';

const ZONE_ID = process.env.CF_ZONE_ID;
const files = process.argv.slice(2);

async function purge() {
  const res = await fetch(`https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Auth-Email': process.env.CF_EMAIL,
      'X-Auth-Key': process.env.CF_API_KEY,
    },
    body: JSON.stringify(files.length ? { files } : { purge_everything: true }),
  });
  const body = await res.json();
  if (!body.success) {
    console.error(body.errors);
    process.exit(1);
  }
}

purge();
