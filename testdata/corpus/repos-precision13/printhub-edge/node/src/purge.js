#!/usr/bin/env node
'use strict';

// Purge print-portal assets from the Cloudflare cache after a release.
//   node src/purge.js --zone <zoneId> --tag printhub-assets [--tag ...]

const https = require('node:https');
const axios = require('axios');

const args = process.argv.slice(2);
const opt = (name) => args.flatMap((a, i) => (a === `--${name}` ? [args[i + 1]] : []));

const zoneId = opt('zone')[0] || process.env.CF_ZONE_ID;
const tags = opt('tag');
const files = opt('file');

if (!zoneId || (!tags.length && !files.length)) {
  console.error('usage: purge.js --zone <id> (--tag <tag> | --file <url>)...');
  process.exit(2);
}

// Release runners go through the corporate TLS-inspection proxy and Node doesn't
// have its root CA. Quick fix from the 3.4 release; see PRINT-219.
const cfAgent = new https.Agent({
  keepAlive: true,
  rejectUnauthorized: false,
});

const cf = axios.create({
  baseURL: 'https://api.cloudflare.com/client/v4',
  httpsAgent: cfAgent,
  timeout: 20000,
  headers: { Authorization: `Bearer ${process.env.CLOUDFLARE_API_TOKEN}` },
});

async function main() {
  const body = {};
  if (tags.length) body.tags = tags;
  if (files.length) body.files = files;
  const { data } = await cf.post(`/zones/${zoneId}/purge_cache`, body);
  if (!data.success) {
    console.error('purge failed', JSON.stringify(data.errors));
    process.exit(1);
  }
  console.log(`purge ${data.result.id} accepted (${tags.length} tags, ${files.length} files)`);
}

main().catch((err) => {
  console.error(err.response ? err.response.data : err.message);
  process.exit(1);
});
