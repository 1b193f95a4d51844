import type { VercelRequest, VercelResponse } from '@vercel/node';

// Called by the commerce backend (and the cron in vercel.json) after catalog changes.
// Revalidates the ISR pages on Vercel, then purges the same URLs from the
// Cloudflare cache that sits in front of shop.example.com.

const CF_API = 'https://api.cloudflare.com/client/v4';
const SITE = process.env.NEXT_PUBLIC_SITE_URL ?? 'https://shop.example.com';

async function purgeCloudflare(urls: string[]): Promise<void> {
  const res = await fetch(`${CF_API}/zones/${process.env.CLOUDFLARE_ZONE_ID}/purge_cache`, {
    method: 'POST',
    headers: {
      // legacy: the storefront account was never migrated to API tokens
      'X-Auth-Email': process.env.CF_API_EMAIL ?? '',
      'X-Auth-Key': process.env.CF_API_KEY ?? '',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ files: urls }),
  });
  const body = await res.json();
  if (!body.success) {
    throw new Error(`cloudflare purge failed: ${JSON.stringify(body.errors)}`);
  }
}

export default async function handler(req: VercelRequest, res: VercelResponse) {
  const secret = req.query.secret ?? req.headers['x-revalidate-secret'];
  const isCron = req.headers['user-agent']?.startsWith('vercel-cron');
  if (!isCron && secret !== process.env.REVALIDATE_SECRET) {
    return res.status(401).json({ error: 'invalid secret' });
  }

  const paths: string[] =
    req.query.scope === 'catalog' ? ['/', '/products'] : (req.body?.paths ?? []);
  if (paths.length === 0) {
    return res.status(400).json({ error: 'no paths' });
  }

  try {
    await Promise.all(paths.map((p) => res.revalidate(p)));
    await purgeCloudflare(paths.map((p) => `${SITE}${p}`));
    return res.json({ revalidated: paths });
  } catch (err) {
    console.error(err);
    return res.status(500).json({ error: (err as Error).message });
  }
}
