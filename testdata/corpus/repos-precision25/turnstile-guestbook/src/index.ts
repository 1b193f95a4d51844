import { verifyTurnstile } from "./turnstile";

export interface Env {
  DB: D1Database;
  TURNSTILE_SITE_KEY: string;
  TURNSTILE_SECRET_KEY: string; // set with `wrangler secret put`
  ALLOWED_HOSTNAMES: string;
  MAX_ENTRY_LENGTH: string;
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

async function handleSubmit(request: Request, env: Env): Promise<Response> {
  const form = await request.formData();
  const token = form.get("cf-turnstile-response");
  const name = String(form.get("name") ?? "").trim();
  const message = String(form.get("message") ?? "").trim();

  // CF-Connecting-IP is set by Cloudflare's edge; forward it as remoteip.
  const ip = request.headers.get("CF-Connecting-IP");
  const ray = request.headers.get("CF-Ray") ?? "unknown";
  const country = request.headers.get("CF-IPCountry") ?? "XX";

  const outcome = await verifyTurnstile({
    secret: env.TURNSTILE_SECRET_KEY,
    token: typeof token === "string" ? token : "",
    remoteip: ip,
    idempotencyKey: crypto.randomUUID(),
    expectedAction: "guestbook-submit",
    allowedHostnames: env.ALLOWED_HOSTNAMES.split(","),
  });

  if (!outcome.success) {
    console.log(JSON.stringify({ event: "turnstile_failed", ray, codes: outcome["error-codes"] }));
    return json({ ok: false, error: "challenge_failed" }, 403);
  }

  const max = Number(env.MAX_ENTRY_LENGTH) || 500;
  if (!name || !message || message.length > max) {
    return json({ ok: false, error: "invalid_entry" }, 400);
  }

  await env.DB.prepare(
    "INSERT INTO entries (name, message, country, cf_ray, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
  )
    .bind(name, message, country, ray, new Date().toISOString())
    .run();

  return json({ ok: true });
}

async function handleList(env: Env): Promise<Response> {
  const { results } = await env.DB.prepare(
    "SELECT name, message, country, created_at FROM entries ORDER BY created_at DESC LIMIT 50",
  ).all();
  return json({ entries: results });
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/api/entries" && request.method === "GET") return handleList(env);
    if (url.pathname === "/api/entries" && request.method === "POST") return handleSubmit(request, env);
    if (url.pathname === "/api/config") return json({ siteKey: env.TURNSTILE_SITE_KEY });
    return new Response("Not found", { status: 404 });
  },
} satisfies ExportedHandler<Env>;
