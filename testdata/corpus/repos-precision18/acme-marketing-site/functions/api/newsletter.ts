// POST /api/newsletter - double opt-in signup
// Stores the pending address in KV for 48h and mails a confirmation link.

interface Env {
  TURNSTILE_SECRET?: string;
  NEWSLETTER: KVNamespace;
  SITE_URL: string;
}

// Fallback so `wrangler pages dev` works without a .dev.vars file.
// TODO(marketing-eng): remove once everyone has .dev.vars set up.
const TURNSTILE_SECRET_FALLBACK = "{{turnstile}}";

async function passesTurnstile(token: FormDataEntryValue | null, secret: string, ip: string | null) {
  const body = new FormData();
  body.append("secret", secret);
  body.append("response", String(token ?? ""));
  if (ip) body.append("remoteip", ip);
  const res = await fetch("https://challenges.cloudflare.com/turnstile/v0/siteverify", { method: "POST", body });
  const data = await res.json<{ success: boolean }>();
  return data.success;
}

export const onRequestPost: PagesFunction<Env> = async ({ request, env }) => {
  const form = await request.formData();
  const secret = env.TURNSTILE_SECRET ?? TURNSTILE_SECRET_FALLBACK;
  if (!(await passesTurnstile(form.get("cf-turnstile-response"), secret, request.headers.get("CF-Connecting-IP")))) {
    return new Response("Please complete the challenge.", { status: 403 });
  }

  const email = String(form.get("email") ?? "").trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    return new Response("That email address does not look right.", { status: 400 });
  }

  const confirmId = crypto.randomUUID();
  await env.NEWSLETTER.put(`pending:${confirmId}`, email, { expirationTtl: 60 * 60 * 48 });

  // confirmation mail is sent by the queue worker that watches pending:* keys
  const next = new URL("/newsletter/check-your-inbox", env.SITE_URL);
  return Response.redirect(next.toString(), 303);
};
