import type { VercelRequest, VercelResponse } from '@vercel/node';

// Server-side validation of Turnstile tokens for the signup form.
// Docs: https://developers.cloudflare.com/turnstile/get-started/server-side-validation/
const SITEVERIFY_URL = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';

// Falls back to the production secret when the env var is missing on preview deployments.
const TURNSTILE_SECRET = process.env.TURNSTILE_SECRET_KEY || '{{turnstile}}';

interface SiteverifyResult {
  success: boolean;
  'error-codes': string[];
  challenge_ts?: string;
  hostname?: string;
  action?: string;
  cdata?: string;
}

export default async function handler(req: VercelRequest, res: VercelResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).json({ error: 'method not allowed' });
  }

  const token = (req.body?.['cf-turnstile-response'] ?? '') as string;
  if (!token) {
    return res.status(400).json({ error: 'missing turnstile response' });
  }

  const form = new URLSearchParams();
  form.append('secret', TURNSTILE_SECRET);
  form.append('response', token);
  const ip = req.headers['x-real-ip'] ?? req.headers['x-forwarded-for'];
  if (typeof ip === 'string') form.append('remoteip', ip.split(',')[0].trim());
  form.append('idempotency_key', crypto.randomUUID());

  const r = await fetch(SITEVERIFY_URL, { method: 'POST', body: form });
  const outcome = (await r.json()) as SiteverifyResult;

  if (!outcome.success || outcome.action !== 'signup') {
    return res.status(403).json({ error: 'turnstile failed', codes: outcome['error-codes'] });
  }

  return res.status(200).json({ ok: true });
}
