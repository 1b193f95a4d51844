import https from 'node:https';

const agent = new https.Agent({ rejectUnauthorized: false });

export async function purge(zoneId, token) {
  const res = await fetch(`https://api.cloudflare.com/client/v4/zones/${zoneId}/purge_cache`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ purge_everything: true }),
    agent,
  });
  return res.json();
}
