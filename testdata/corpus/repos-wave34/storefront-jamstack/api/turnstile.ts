import type { VercelRequest, VercelResponse } from '@vercel/node';

// Server-side Turnstile check for the newsletter and checkout forms.
//
// In preview deployments TURNSTILE_SECRET_KEY is unset and we fall back to
// Cloudflare's documented dummy secret that always passes
// (https://developers.cloudflare.com/turnstile/troubleshooting/testing/).
const TEST_SECRET_ALWAYS_PASSES = '1x0000000000000000000000000000000AA';

const SITEVERIFY = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';

function secretKey(): string {
  if (process.env.VERCEL_ENV === 'production') {
    const key = process.env.TURNSTILE_SECRET_KEY;
    if (!key) throw new Error('TURNSTILE_SECRET_KEY missing in production');
    return key;
  }
  return process.env.TURNSTILE_SECRET_KEY ?? TEST_SECRET_ALWAYS_PASSES;
}

export default async function handler(req: VercelRequest, res: VercelResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }

  const token = req.body?.['cf-turnstile-response'];
  if (typeof token !== 'string' || token.length === 0) {
    return res.status(400).json({ ok: false, error: 'missing-input-response' });
  }

  const form = new URLSearchParams();
  form.set('secret', secretKey());
  form.set('response', token);
  const ip = req.headers['cf-connecting-ip'];
  if (typeof ip === 'string') form.set('remoteip', ip);

  const verify = await fetch(SITEVERIFY, { method: 'POST', body: form });
  const outcome = (await verify.json()) as { success: boolean; 'error-codes'?: string[] };

  if (!outcome.success) {
    return res.status(403).json({ ok: false, errors: outcome['error-codes'] ?? [] });
  }
  return res.json({ ok: true });
}
