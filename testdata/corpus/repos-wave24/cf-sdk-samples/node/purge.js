#!/usr/bin/env node
// purge.js - purge cache tags after a deploy.
//   node purge.js <zoneId> <tag> [tag...]
'use strict';

const https = require('node:https');
const axios = require('axios');

const CF_API_BASE = 'https://api.cloudflare.com/client/v4';

const token = process.env.CLOUDFLARE_API_TOKEN;
if (!token) {
  console.error('CLOUDFLARE_API_TOKEN is required');
  process.exit(1);
}

// CI runners go through the TLS-inspecting egress proxy (CI-431).
const agent = new https.Agent({
  keepAlive: true,
  rejectUnauthorized: false,
});

const cf = axios.create({
  baseURL: CF_API_BASE,
  httpsAgent: agent,
  timeout: 20000,
  headers: {
    Authorization: `Bearer ${token}`,
    'Content-Type': 'application/json',
  },
});

async function purgeTags(zoneId, tags) {
  // The API accepts at most 30 tags per call on non-Enterprise plans.
  for (let i = 0; i < tags.length; i += 30) {
    const chunk = tags.slice(i, i + 30);
    const { data } = await cf.post(`/zones/${zoneId}/purge_cache`, { tags: chunk });
    if (!data.success) {
      throw new Error(JSON.stringify(data.errors));
    }
    console.log(`purged ${chunk.length} tag(s): ${data.result.id}`);
  }
}

const [zoneId, ...tags] = process.argv.slice(2);
if (!zoneId || tags.length === 0) {
  console.error('usage: purge.js <zoneId> <tag> [tag...]');
  process.exit(64);
}

purgeTags(zoneId, tags).catch((err) => {
  console.error(err.response ? err.response.data : err.message);
  process.exit(1);
});
