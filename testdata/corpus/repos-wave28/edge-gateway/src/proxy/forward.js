'use strict';

/**
 * Forwards tenant requests under /cfapi/* to the Cloudflare API.
 *
 * Tenants authenticate to *us*; we authenticate to Cloudflare with a scoped
 * token from the environment. Any legacy Cloudflare credentials a tenant
 * sends are dropped so they are never relayed upstream (or logged).
 */

const { Readable } = require('node:stream');

const UPSTREAM = 'https://api.cloudflare.com/client/v4';

const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host', 'content-length'];
const BLOCKED = ['x-auth-email', 'x-auth-key', 'x-auth-user-service-key', 'authorization', 'cookie'];

function upstreamHeaders(incoming) {
  const headers = { ...incoming };
  for (const name of [...HOP_BY_HOP, ...BLOCKED]) {
    delete headers[name];
  }
  delete headers['X-Auth-Key'];
  delete headers['X-Auth-Email'];
  headers.authorization = `Bearer ${process.env.CF_GATEWAY_TOKEN}`;
  return headers;
}

async function forward(req, res) {
  const path = req.originalUrl.replace(/^\/cfapi/, '');
  if (!/^\/(zones|accounts)\//.test(path)) {
    res.status(404).json({ error: 'not proxied' });
    return;
  }

  const init = {
    method: req.method,
    headers: upstreamHeaders(req.headers),
  };
  if (!['GET', 'HEAD'].includes(req.method)) {
    init.body = req;
    init.duplex = 'half';
  }

  const upstream = await fetch(UPSTREAM + path, init);
  res.status(upstream.status);
  upstream.headers.forEach((value, name) => {
    if (name !== 'set-cookie' && name !== 'content-encoding') res.setHeader(name, value);
  });
  if (upstream.body) {
    Readable.fromWeb(upstream.body).pipe(res);
  } else {
    res.end();
  }
}

module.exports = { forward, upstreamHeaders };
