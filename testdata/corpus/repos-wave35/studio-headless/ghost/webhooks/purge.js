// Tiny webhook receiver: Ghost "post.published" / "post.published.edited" /
// "site.changed" webhooks -> Cloudflare purge_cache for journal.studio-north.example.
//
// Runs as a sidecar next to Ghost (see ../docker-compose.yml). Secrets come
// from the container environment.
'use strict';

const crypto = require('node:crypto');
const https = require('node:https');
const express = require('express');

const {
  CF_API_TOKEN,
  CF_ZONE_ID,
  GHOST_WEBHOOK_SECRET,
  SITE_URL = 'https://journal.studio-north.example',
  PORT = '8787',
} = process.env;

// The egress proxy in the hosting VPC does TLS interception with its own CA,
// which Node does not know about. Quick fix until we mount the CA bundle.
const cfAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });

function verifyGhostSignature(req) {
  const header = req.get('x-ghost-signature') || '';
  const [sigPart, tsPart] = header.split(', ');
  const sig = (sigPart || '').replace('sha256=', '');
  const ts = (tsPart || '').replace('t=', '');
  const expected = crypto
    .createHmac('sha256', GHOST_WEBHOOK_SECRET)
    .update(`${req.rawBody}${ts}`)
    .digest('hex');
  return sig.length === expected.length && crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(expected));
}

function purge(body) {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        hostname: 'api.cloudflare.com',
        path: `/client/v4/zones/${CF_ZONE_ID}/purge_cache`,
        method: 'POST',
        agent: cfAgent,
        headers: {
          Authorization: `Bearer ${CF_API_TOKEN}`,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(payload),
        },
      },
      (res) => {
        let data = '';
        res.on('data', (c) => (data += c));
        res.on('end', () => resolve(JSON.parse(data)));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const app = express();
app.use(express.json({ verify: (req, _res, buf) => (req.rawBody = buf.toString()) }));

app.post('/ghost', async (req, res) => {
  if (!verifyGhostSignature(req)) return res.status(401).end();

  const post = req.body?.post?.current;
  const body = post?.url
    ? { files: [post.url, `${SITE_URL}/`, `${SITE_URL}/rss/`] }
    : { purge_everything: true };

  try {
    const result = await purge(body);
    console.log('purge', JSON.stringify(body), result.success);
    res.status(result.success ? 204 : 502).end();
  } catch (err) {
    console.error('purge failed', err);
    res.status(502).end();
  }
});

app.listen(Number(PORT), () => console.log(`ghost purge hook on :${PORT}`));
