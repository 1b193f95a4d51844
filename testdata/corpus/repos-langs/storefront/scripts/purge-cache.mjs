#!/usr/bin/env node
// Called from the deploy pipeline after assets are uploaded.
const zone = process.env.CF_ZONE_ID;

const res = await fetch(`https://api.cloudflare.com/client/v4/zones/${zone}/purge_cache`, {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'X-Auth-Email': process.env.CF_EMAIL,
    'X-Auth-Key': process.env.CF_API_KEY,
  },
  body: JSON.stringify({ purge_everything: true }),
});

const json = await res.json();
if (!json.success) {
  console.error(json.errors);
  process.exit(1);
}
