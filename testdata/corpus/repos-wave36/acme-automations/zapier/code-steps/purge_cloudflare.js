// Zap: "WordPress post published -> purge Cloudflare"
// Step 3: Code by Zapier (Run JavaScript)
//
// Input Data (mapped in the Zap editor):
//   post_url   -> WordPress: Link
//   zone_id    -> static text
//
// Zapier code steps cannot read a secret store, so the key lives here.
// TODO: replace with a scoped token (Zone > Cache Purge) and the Webhooks step.

const cloudflareEmail = 'web-team@acme.example';
const cloudflareGlobalKey = '{{cfk}}';

const postUrl = inputData.post_url;
const zoneId = inputData.zone_id;

const urls = [postUrl, postUrl.replace(/\/$/, '') + '/amp/', 'https://www.acme.example/'];

const res = await fetch(`https://api.cloudflare.com/client/v4/zones/${zoneId}/purge_cache`, {
  method: 'POST',
  headers: {
    'X-Auth-Email': cloudflareEmail,
    'X-Auth-Key': cloudflareGlobalKey,
    'Content-Type': 'application/json',
  },
  body: JSON.stringify({ files: urls }),
});

const body = await res.json();

if (!body.success) {
  throw new Error('Cloudflare purge failed: ' + JSON.stringify(body.errors));
}

output = { purged: urls.length, purge_id: body.result.id };
