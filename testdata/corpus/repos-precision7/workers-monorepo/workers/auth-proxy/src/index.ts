/**
 * auth-proxy: validates partner API keys (our own, from KV) and forwards the
 * request to the Access-protected origin.
 *
 * Partners regularly paste their *Cloudflare* credentials into our API
 * clients by mistake (X-Auth-Key / X-Auth-Email are the same header names
 * they use for api.cloudflare.com). We drop those headers so they never reach
 * the origin or the logs.
 */
export interface Env {
  ORIGIN: string;
  LOG_SAMPLE_RATE: string;
  PARTNER_KEYS: KVNamespace;
  AUDIT: D1Database;
  ORIGIN_CF_ACCESS_CLIENT_ID: string;
  ORIGIN_CF_ACCESS_CLIENT_SECRET: string;
}

const STRIP = [
  "x-auth-key",
  "x-auth-email",
  "x-auth-user-service-key",
  "cf-access-client-id",
  "cf-access-client-secret",
  "cookie",
];

export default {
  async fetch(req: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const partnerKey = req.headers.get("x-partner-key");
    if (!partnerKey) return json(401, { error: "missing x-partner-key" });

    const partner = await env.PARTNER_KEYS.get(await sha256(partnerKey), "json");
    if (!partner) return json(403, { error: "unknown partner key" });

    if (req.headers.has("x-auth-key")) {
      ctx.waitUntil(
        env.AUDIT.prepare("INSERT INTO leaked_header (partner, ray, at) VALUES (?, ?, ?)")
          .bind((partner as { id: string }).id, req.headers.get("cf-ray"), Date.now())
          .run(),
      );
    }

    const headers = new Headers(req.headers);
    for (const h of STRIP) headers.delete(h);
    headers.delete("x-partner-key");
    // service token for the Access application in front of the origin
    headers.set("CF-Access-Client-Id", env.ORIGIN_CF_ACCESS_CLIENT_ID);
    headers.set("CF-Access-Client-Secret", env.ORIGIN_CF_ACCESS_CLIENT_SECRET);

    const url = new URL(req.url);
    const upstream = new URL(url.pathname + url.search, env.ORIGIN);
    return fetch(upstream, { method: req.method, headers, body: req.body, redirect: "manual" });
  },
} satisfies ExportedHandler<Env>;

async function sha256(s: string): Promise<string> {
  const d = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(s));
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}
