const express = require('express');

const REDACT = ['authorization', 'x-auth-key', 'x-auth-email', 'cookie'];

function redact(headers) {
  const out = { ...headers };
  for (const h of REDACT) if (out[h]) out[h] = '[redacted]';
  return out;
}

function legacyAuth(req, res, next) {
  const key = req.headers['x-auth-key'];
  const email = req.get('X-Auth-Email');
  if (!key || !email) return res.status(401).json({ error: 'missing X-Auth-Key' });
  if (req.headers['x-auth-key'] !== process.env.LEGACY_KEY) return res.sendStatus(403);
  next();
}

const app = express();
app.use((req, _res, next) => { console.log(req.method, req.url, redact(req.headers)); next(); });
app.post('/api/purge', legacyAuth, (req, res) => res.json({ ok: true }));
module.exports = app;
