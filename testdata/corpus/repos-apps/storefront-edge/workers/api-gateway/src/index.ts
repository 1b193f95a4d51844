export interface Env {
  CF_API_TOKEN: string;       // wrangler secret put CF_API_TOKEN
  TURNSTILE_SECRET: string;   // wrangler secret put TURNSTILE_SECRET
  ZONE_ID: string;
  CACHE_TAGS: KVNamespace;
}

const SITEVERIFY = "https://challenges.cloudflare.com/turnstile/v0/siteverify";

async function verifyTurnstile(token: string, ip: string | null, env: Env): Promise<boolean> {
  const form = new FormData();
  form.append("secret", env.TURNSTILE_SECRET);
  form.append("response", token);
  if (ip) form.append("remoteip", ip);
  const res = await fetch(SITEVERIFY, { method: "POST", body: form });
  const outcome = await res.json<{ success: boolean }>();
  return outcome.success;
}

async function purgeTag(tag: string, env: Env): Promise<Response> {
  return fetch(`https://api.cloudflare.com/client/v4/zones/${env.ZONE_ID}/purge_cache`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${env.CF_API_TOKEN}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ tags: [tag] }),
  });
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/admin/purge" && request.method === "POST") {
      const { tag, "cf-turnstile-response": ts } = await request.json<any>();
      if (!(await verifyTurnstile(ts, request.headers.get("CF-Connecting-IP"), env))) {
        return new Response("captcha failed", { status: 403 });
      }
      await env.CACHE_TAGS.put(tag, new Date().toISOString());
      return purgeTag(tag, env);
    }
    return new Response("not found", { status: 404 });
  },
} satisfies ExportedHandler<Env>;
