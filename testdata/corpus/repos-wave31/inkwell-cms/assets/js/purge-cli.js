#!/usr/bin/env node
/*
 * Inkwell Edge Cache — command-line purge for editors on legacy installs.
 *
 *   node assets/js/purge-cli.js https://blog.example/post/1 https://blog.example/
 *
 * Uses the old `cloudflare` npm package (v2.x, callback/promise API), which
 * only supports e-mail + Global API Key. Settings are read from the same
 * wp-config-style JSON the PHP side exports (inkwell-edge.json).
 */
'use strict';

const fs = require('fs');
const path = require('path');

const settingsFile = process.env.INKWELL_EDGE_SETTINGS ||
  path.join(__dirname, '..', '..', 'inkwell-edge.json');
const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));

const cf = require('cloudflare')({
  email: settings.cf_email,
  key: settings.cf_global_key
});

const urls = process.argv.slice(2);
if (urls.length === 0) {
  console.error('usage: purge-cli.js <url> [url ...]');
  process.exit(64);
}

async function main() {
  for (let i = 0; i < urls.length; i += 30) {
    const batch = urls.slice(i, i + 30);
    const res = await cf.zones.purgeCache(settings.cf_zone_id, { files: batch });
    if (!res.success) {
      throw new Error('purge failed: ' + JSON.stringify(res.errors));
    }
    console.log(`purged ${batch.length} URL(s)`);
  }
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
