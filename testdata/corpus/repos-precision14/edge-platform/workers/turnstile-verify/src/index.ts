/**
 * turnstile-verify: validates a Turnstile token server-side and forwards the
 * form submission. The secret comes from the Worker secret binding only.
 */
export interface Env {
  TURNSTILE_SECRET: string;
  TURNSTILE_SITEKEY: string;
  ALLOWED_HOSTNAMES: string;
  NONCES: KVNamespace;
}

const SITEVERIFY = "https://challenges.cloudflare.com/turnstile/v0/siteverify";

interface SiteverifyResult {
  success: boolean;
  "error-codes": string[];
  hostname?: string;
  action?: string;
  cdata?: string;
}

export async function verifyToken(
  token: string,
  secret: string,
  remoteip: string | null,
  idempotencyKey: string,
): Promise<SiteverifyResult> {
  const body = new FormData();
  body.append("secret", secret);
  body.append("response", token);
  if (remoteip) body.append("remoteip", remoteip);
  body.append("idempotency_key", idempotencyKey);
  const res = await fetch(SITEVERIFY, { method: "POST", body });
  return (await res.json()) as SiteverifyResult;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/healthz") return new Response("ok");
    if (request.method !== "POST" || url.pathname !== "/api/verify") {
      return new Response("not found", { status: 404 });
    }
    if (!env.TURNSTILE_SECRET) {
      return new Response("server misconfigured", { status: 500 });
    }

    const form = await request.formData();
    const token = form.get("cf-turnstile-response");
    if (typeof token !== "string" || token.length === 0) {
      return new Response("missing token", { status: 400 });
    }

    const ray = request.headers.get("cf-ray") ?? crypto.randomUUID();
    const result = await verifyToken(
      token,
      env.TURNSTILE_SECRET,
      request.headers.get("CF-Connecting-IP"),
      ray,
    );

    const allowed = env.ALLOWED_HOSTNAMES.split(",").map((h) => h.trim());
    if (!result.success || (result.hostname && !allowed.includes(result.hostname))) {
      return Response.json({ ok: false, errors: result["error-codes"] }, { status: 403 });
    }

    // one submission per token
    const seen = await env.NONCES.get(token.slice(0, 64));
    if (seen) return Response.json({ ok: false, errors: ["duplicate"] }, { status: 409 });
    await env.NONCES.put(token.slice(0, 64), ray, { expirationTtl: 600 });

    return Response.json({ ok: true });
  },
};
