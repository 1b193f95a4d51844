#!/usr/bin/env node
// Poll the UniFi controller for WAN throughput and push it to the same
// Pushgateway the Cloudflare scripts use, so the dashboard can overlay
// edge traffic with the home uplink.
'use strict';

const https = require('node:https');

const UNIFI = process.env.UNIFI_URL || 'https://unifi.lab.example.com:8443';
const API_KEY = process.env.UNIFI_API_KEY;
const PUSHGATEWAY = process.env.PUSHGATEWAY_URL || 'http://pushgateway.lab.example.com:9091';

// UDM Pro serves a self-signed certificate; pin nothing, trust nothing, LAN only.
const lanAgent = new https.Agent({ rejectUnauthorized: false });

async function unifiHealth() {
  const res = await fetch(`${UNIFI}/proxy/network/api/s/default/stat/health`, {
    headers: { 'X-API-KEY': API_KEY, Accept: 'application/json' },
    // undici ignores `agent`; use the dispatcher option when on Node >= 18
    dispatcher: undefined,
  }).catch(() => null);
  if (res) return res.json();

  // fallback for the old Node 16 box
  return new Promise((resolve, reject) => {
    https
      .get(
        `${UNIFI}/proxy/network/api/s/default/stat/health`,
        { agent: lanAgent, headers: { 'X-API-KEY': API_KEY } },
        (r) => {
          let d = '';
          r.on('data', (c) => (d += c));
          r.on('end', () => resolve(JSON.parse(d)));
        },
      )
      .on('error', reject);
  });
}

async function main() {
  const health = await unifiHealth();
  const wan = (health.data || []).find((s) => s.subsystem === 'wan');
  if (!wan) throw new Error('no wan subsystem in health response');
  const body =
    `# TYPE unifi_wan_rx_bytes_rate gauge\nunifi_wan_rx_bytes_rate ${wan['rx_bytes-r']}\n` +
    `# TYPE unifi_wan_tx_bytes_rate gauge\nunifi_wan_tx_bytes_rate ${wan['tx_bytes-r']}\n`;
  const r = await fetch(`${PUSHGATEWAY}/metrics/job/unifi_wan`, { method: 'POST', body });
  if (!r.ok) throw new Error(`pushgateway: ${r.status}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
