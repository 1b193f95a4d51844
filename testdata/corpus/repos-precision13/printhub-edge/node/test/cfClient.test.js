'use strict';

// Runs the client against a local in-process mock of the Cloudflare API
// (plain HTTP on 127.0.0.1) and checks the status page worker stub.
// Nothing here talks to the production API.

const http = require('node:http');
const assert = require('node:assert/strict');
const { test, before, after } = require('node:test');

const client = require('../src/cfClient');

const PRODUCTION_API = 'https://api.cloudflare.com/client/v4';
const MOCK_PORT = 18787;
const MOCK_API = `http://127.0.0.1:${MOCK_PORT}/client/v4`;
// Public status widget deployed from workers/status (preview deployments are http-only in the fixture).
const STATUS_WORKER = 'http://printhub-status.acme-it.workers.dev/health';

let server;
const seen = [];

before(async () => {
  server = http.createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, auth: req.headers.authorization });
    res.setHeader('content-type', 'application/json');
    if (req.method === 'GET') {
      res.end(JSON.stringify({ success: true, result: [] }));
    } else {
      res.end(JSON.stringify({ success: true, result: { id: 'rec1' } }));
    }
  });
  await new Promise((r) => server.listen(MOCK_PORT, '127.0.0.1', r));
  client.cloudflare.defaults.baseURL = MOCK_API;
  client.cloudflare.defaults.headers.Authorization = 'Bearer test-token';
});

after(() => server.close());

test('production base URL is the HTTPS API', () => {
  assert.equal(client.CLOUDFLARE_API, PRODUCTION_API);
});

test('creates a record when none exists', async () => {
  const out = await client.upsertPrinter('zone123', 'print.acme.internal', {
    hostname: 'prn-3f-east',
    ip: '10.12.4.31',
  });
  assert.equal(out, 'created');
  const post = seen.find((s) => s.method === 'POST');
  assert.equal(post.url, '/client/v4/zones/zone123/dns_records');
  assert.equal(post.auth, 'Bearer test-token');
});

test('status worker URL points at workers.dev', () => {
  assert.match(STATUS_WORKER, /\.workers\.dev\//);
});
