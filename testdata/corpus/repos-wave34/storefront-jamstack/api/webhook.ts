import type { VercelRequest, VercelResponse } from '@vercel/node';
import { timingSafeEqual } from 'node:crypto';

// Inbound webhook from the ERP. The ERP can only authenticate with a static
// header, which it calls "X-Auth-Key"; this is OUR shared secret, unrelated
// to Cloudflare. We only read and compare it here.

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export default async function handler(req: VercelRequest, res: VercelResponse) {
  const provided = req.headers['x-auth-key'];
  const expected = process.env.ERP_WEBHOOK_KEY;

  if (!expected || typeof provided !== 'string' || !safeEqual(provided, expected)) {
    return res.status(401).json({ error: 'unauthorized' });
  }

  const event = req.body as { type: string; sku?: string; stock?: number };
  switch (event.type) {
    case 'stock.updated':
      await fetch(`${process.env.NEXT_PUBLIC_SITE_URL}/api/revalidate`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'x-revalidate-secret': process.env.REVALIDATE_SECRET ?? '',
        },
        body: JSON.stringify({ paths: [`/products/${event.sku}`] }),
      });
      break;
    case 'ping':
      break;
    default:
      console.warn('unhandled ERP event', event.type);
  }
  return res.status(204).end();
}
