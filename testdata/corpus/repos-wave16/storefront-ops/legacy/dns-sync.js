#!/usr/bin/env node
'use strict';

/*
 * Legacy DNS sync (node `cloudflare` package v2.x).
 *
 * Reads records.json and makes the shop zone match it. Still used by the
 * old Jenkins job "storefront-dns"; the replacement lives in src/jobs.
 *
 *   CF_EMAIL=... CF_API_KEY=... node legacy/dns-sync.js records.json
 */
const fs = require('fs');

const cf = require('cloudflare')({
  email: process.env.CF_EMAIL,
  key: process.env.CF_API_KEY,
});

const ZONE_ID = process.env.CF_ZONE_ID || '{{hex32#z2}}';

function keyOf(r) {
  return `${r.type} ${r.name}`;
}

async function main(file) {
  const wanted = JSON.parse(fs.readFileSync(file, 'utf8'));
  const existing = new Map();
  let page = 1;
  for (;;) {
    const resp = await cf.dnsRecords.browse(ZONE_ID, { page, per_page: 100 });
    resp.result.forEach((r) => existing.set(keyOf(r), r));
    if (page >= resp.result_info.total_pages) break;
    page += 1;
  }

  for (const rec of wanted) {
    const cur = existing.get(keyOf(rec));
    if (!cur) {
      console.log(`+ ${keyOf(rec)} ${rec.content}`);
      await cf.dnsRecords.add(ZONE_ID, rec);
    } else if (cur.content !== rec.content || cur.proxied !== rec.proxied) {
      console.log(`~ ${keyOf(rec)} ${cur.content} -> ${rec.content}`);
      await cf.dnsRecords.edit(ZONE_ID, cur.id, { ...rec, ttl: rec.ttl || 1 });
    }
  }
}

main(process.argv[2] || 'records.json').catch((err) => {
  console.error(err.response ? err.response.body : err);
  process.exit(1);
});
