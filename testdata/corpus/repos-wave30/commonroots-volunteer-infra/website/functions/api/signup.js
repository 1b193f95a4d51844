/**
 * POST /api/signup -- volunteer signup form handler (Cloudflare Pages Function)
 *
 * Bindings (Pages project settings > Environment variables):
 *   TURNSTILE_SECRET_KEY   secret, Turnstile widget "volunteer-signup"
 *   SIGNUP_NOTIFY_TO       where the signup email is sent
 *   SIGNUPS                KV namespace
 */
const SITEVERIFY = "https://challenges.cloudflare.com/turnstile/v0/siteverify";

export async function onRequestPost({ request, env }) {
  const form = await request.formData();
  const token = form.get("cf-turnstile-response");
  const ip = request.headers.get("CF-Connecting-IP");

  const verify = await fetch(SITEVERIFY, {
    method: "POST",
    body: new URLSearchParams({
      secret: env.TURNSTILE_SECRET_KEY,
      response: token ?? "",
      remoteip: ip ?? "",
    }),
  });
  const outcome = await verify.json();
  if (!outcome.success) {
    return new Response("Please complete the challenge and try again.", { status: 400 });
  }

  const signup = {
    name: String(form.get("name") ?? "").slice(0, 200),
    email: String(form.get("email") ?? "").slice(0, 200),
    skills: form.getAll("skills").map(String),
    at: new Date().toISOString(),
  };
  await env.SIGNUPS.put(`signup:${signup.at}:${crypto.randomUUID()}`, JSON.stringify(signup));

  await fetch("https://api.mailchannels.net/tx/v1/send", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      personalizations: [{ to: [{ email: env.SIGNUP_NOTIFY_TO }] }],
      from: { email: "noreply@commonroots.example", name: "Common Roots signup" },
      subject: `New volunteer: ${signup.name}`,
      content: [{ type: "text/plain", value: JSON.stringify(signup, null, 2) }],
    }),
  });

  return Response.redirect(new URL("/thanks", request.url).toString(), 303);
}
