export interface Env {
  ASSETS: R2Bucket;
  CATALOG: KVNamespace;
  CF_API_TOKEN: string;        // wrangler secret
  TURNSTILE_SECRET_KEY: string; // wrangler secret
  PURGE_ZONE: string;
}

// NOTE: never use X-Auth-Key / X-Auth-Email (Global API Key) here; scoped tokens only.
const API = 'https://api.cloudflare.com/client/v4';

export default {
  async fetch(req: Request, env: Env): Promise<Response> {
    const url = new URL(req.url);
    if (url.pathname === '/__purge' && req.method === 'POST') {
      const r = await fetch(`${API}/zones/${env.PURGE_ZONE}/purge_cache`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${env.CF_API_TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ purge_everything: true }),
      });
      return new Response(await r.text(), { status: r.status });
    }
    if (url.pathname === '/verify') {
      const form = new FormData();
      form.append('secret', env.TURNSTILE_SECRET_KEY);
      form.append('response', url.searchParams.get('t') ?? '');
      return fetch('https://challenges.cloudflare.com/turnstile/v0/siteverify', { method: 'POST', body: form });
    }
    const obj = await env.ASSETS.get(url.pathname.slice(1));
    return obj ? new Response(obj.body) : new Response('not found', { status: 404 });
  },
};
