// dev-proxy.js - local development proxy.
//
// Forwards /worker/* to the `wrangler dev` server on localhost:8787 and
// /origin/* to the local origin container (self-signed cert).  Nothing here
// talks to api.cloudflare.com; the Cloudflare API calls in ../lib use the
// default agent.
'use strict';

const http = require('node:http');
const https = require('node:https');
const { URL } = require('node:url');

const WRANGLER_DEV = 'http://localhost:8787';
const LOCAL_ORIGIN = 'https://origin.local.test:8443';
const PREVIEW_WORKER = 'http://edge-preview.example-retail.workers.dev';

// the origin container uses mkcert-less self-signed certs
const originAgent = new https.Agent({ rejectUnauthorized: false });

function forward(req, res, target, agent) {
  const url = new URL(req.url.replace(/^\/(worker|origin|preview)/, ''), target);
  const mod = url.protocol === 'https:' ? https : http;
  const upstream = mod.request(url, {
    method: req.method,
    headers: { ...req.headers, host: url.host },
    agent,
  }, (up) => {
    res.writeHead(up.statusCode, up.headers);
    up.pipe(res);
  });
  upstream.on('error', (err) => {
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(`upstream error: ${err.message}\n`);
  });
  req.pipe(upstream);
}

http.createServer((req, res) => {
  if (req.url.startsWith('/worker/')) return forward(req, res, WRANGLER_DEV);
  if (req.url.startsWith('/origin/')) return forward(req, res, LOCAL_ORIGIN, originAgent);
  if (req.url.startsWith('/preview/')) return forward(req, res, PREVIEW_WORKER);
  res.writeHead(404).end();
}).listen(3100, () => {
  console.log('dev proxy on http://localhost:3100');
});
