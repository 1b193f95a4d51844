// POST /api/contact  - contact form handler (Pages Function)
// TURNSTILE_SECRET and RESEND_API_KEY are encrypted Pages secrets
// (Settings > Variables and Secrets), never in wrangler.toml.

interface Env {
  TURNSTILE_SECRET: string;
  RESEND_API_KEY: string;
  RESEND_FROM: string;
  CONTACT_TO: string;
  LEADS: D1Database;
}

const SITEVERIFY = "https://challenges.cloudflare.com/turnstile/v0/siteverify";

export const onRequestPost: PagesFunction<Env> = async ({ request, env }) => {
  const form = await request.formData();
  const token = form.get("cf-turnstile-response");
  const ip = request.headers.get("CF-Connecting-IP");

  const verify = await fetch(SITEVERIFY, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ secret: env.TURNSTILE_SECRET, response: token, remoteip: ip }),
  });
  const outcome = await verify.json<{ success: boolean; "error-codes": string[] }>();
  if (!outcome.success) {
    return Response.json({ error: "verification_failed", codes: outcome["error-codes"] }, { status: 403 });
  }

  const name = String(form.get("name") ?? "").slice(0, 200);
  const email = String(form.get("email") ?? "").slice(0, 320);
  const message = String(form.get("message") ?? "").slice(0, 5000);
  if (!email.includes("@") || !message) {
    return Response.json({ error: "invalid_input" }, { status: 400 });
  }

  await env.LEADS.prepare("INSERT INTO contact_requests (name, email, message, ip) VALUES (?1, ?2, ?3, ?4)")
    .bind(name, email, message, ip)
    .run();

  const mail = await fetch("https://api.resend.com/emails", {
    method: "POST",
    headers: {
      Authorization: `Bearer ${env.RESEND_API_KEY}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      from: env.RESEND_FROM,
      to: [env.CONTACT_TO],
      reply_to: email,
      subject: `Website contact: ${name || email}`,
      text: message,
    }),
  });
  if (!mail.ok) console.error("resend failed", mail.status, await mail.text());

  return Response.redirect(new URL("/contact/thanks", request.url).toString(), 303);
};
