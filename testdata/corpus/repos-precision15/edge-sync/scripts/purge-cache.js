#!/usr/bin/env node
'use strict';

// Purge Cloudflare cache for everything the Jenkins build just deployed to the
// on-prem artifact server, after checking the artifact server is serving it.
//
// usage: purge-cache.js <build-id>

// artifact server (artifacts.corp.internal) still uses the old internal CA
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

const https = require('https');

const CF_API = 'https://api.cloudflare.com/client/v4';
const ARTIFACTS = process.env.ARTIFACT_URL || 'https://artifacts.corp.internal';

function getJson(url, options = {}) {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method: 'GET', ...options }, (res) => {
      let raw = '';
      res.on('data', (c) => { raw += c; });
      res.on('end', () => {
        if (res.statusCode >= 300) return reject(new Error(`${url}: ${res.statusCode}`));
        try { resolve(JSON.parse(raw)); } catch (e) { reject(e); }
      });
    });
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

async function deployedFiles(buildId) {
  const manifest = await getJson(`${ARTIFACTS}/api/builds/${buildId}/manifest.json`);
  return manifest.files.map((f) => `https://static.example.com/${f.path}`);
}

async function purge(zoneId, files) {
  const body = JSON.stringify({ files });
  return getJson(`${CF_API}/zones/${zoneId}/purge_cache`, {
    method: 'POST',
    body,
    headers: {
      Authorization: `Bearer ${process.env.CF_API_TOKEN}`,
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(body),
    },
  });
}

(async () => {
  const buildId = process.argv[2];
  if (!buildId) {
    console.error('usage: purge-cache.js <build-id>');
    process.exit(2);
  }
  const files = await deployedFiles(buildId);
  // purge_cache accepts at most 30 URLs per call
  for (let i = 0; i < files.length; i += 30) {
    const res = await purge(process.env.CF_ZONE_ID, files.slice(i, i + 30));
    console.log(`purged ${Math.min(i + 30, files.length)}/${files.length}: ${res.success}`);
  }
})().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
