'use strict';

// /healthz for the edge-sync service: checks Proxmox and the Cloudflare API.
const https = require('https');
const http = require('http');

const CF_API_HOST = 'api.cloudflare.com';
const CF_API_BASE = '/client/v4';
const PVE_HOST = process.env.PVE_HOST || 'pve01.lab.internal';

function probe(options, body) {
  return new Promise((resolve) => {
    const started = Date.now();
    const req = https.request({ timeout: 4000, ...options }, (res) => {
      res.resume();
      res.on('end', () => resolve({ ok: res.statusCode < 400, status: res.statusCode, ms: Date.now() - started }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (err) => resolve({ ok: false, error: err.code || err.message }));
    if (body) req.write(body);
    req.end();
  });
}

function checkProxmox() {
  return probe({
    host: PVE_HOST,
    port: 8006,
    path: '/api2/json/version',
    headers: {
      Authorization: `PVEAPIToken=${process.env.PVE_TOKEN_ID}=${process.env.PVE_TOKEN_SECRET}`,
    },
    rejectUnauthorized: false, // pveproxy self-signed
  });
}

function checkCloudflare() {
  return probe({
    host: CF_API_HOST,
    port: 443,
    path: `${CF_API_BASE}/user/tokens/verify`,
    headers: { Authorization: `Bearer ${process.env.CF_API_TOKEN}` },
  });
}

function start(port = Number(process.env.HEALTH_PORT || 8081)) {
  const server = http.createServer(async (req, res) => {
    if (req.url !== '/healthz') {
      res.writeHead(404).end();
      return;
    }
    const [proxmox, cloudflare] = await Promise.all([checkProxmox(), checkCloudflare()]);
    const ok = proxmox.ok && cloudflare.ok;
    res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok, proxmox, cloudflare }));
  });
  server.listen(port);
  return server;
}

module.exports = { start, checkProxmox, checkCloudflare };

if (require.main === module) start();
