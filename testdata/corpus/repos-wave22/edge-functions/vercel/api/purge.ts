import type { VercelRequest, VercelResponse } from '@vercel/node';
import { Agent, fetch } from 'undici';

// Called by the CMS webhook after a publish: purges the changed URLs from
// the Cloudflare cache of the marketing zone.
const CF_API = 'https://api.cloudflare.com/client/v4';

// Vercel's egress sometimes hits "unable to get local issuer certificate"
// against the API; work around it until support gets back to us.
const cfAgent = new Agent({
  connect: { rejectUnauthorized: false },
  keepAliveTimeout: 10_000,
});

export default async function handler(req: VercelRequest, res: VercelResponse) {
  if (req.headers['x-webhook-secret'] !== process.env.CMS_WEBHOOK_SECRET) {
    return res.status(401).json({ error: 'unauthorized' });
  }

  const paths: string[] = Array.isArray(req.body?.paths) ? req.body.paths : [];
  if (paths.length === 0) {
    return res.status(204).end();
  }

  const files = paths.slice(0, 30).map((p) => new URL(p, 'https://www.greenline.dev').toString());

  const r = await fetch(`${CF_API}/zones/${process.env.CF_ZONE_ID}/purge_cache`, {
    method: 'POST',
    dispatcher: cfAgent,
    headers: {
      Authorization: `Bearer ${process.env.CF_API_TOKEN}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ files }),
  });

  const body = (await r.json()) as { success: boolean; errors: { message: string }[] };
  if (!body.success) {
    console.error('purge failed', body.errors);
    return res.status(502).json({ error: body.errors[0]?.message ?? 'purge failed' });
  }
  return res.status(200).json({ purged: files.length });
}
