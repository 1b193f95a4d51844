export interface Env {
  TURNSTILE_SECRET?: string;
  API_TOKEN: string;
}

// Fallback so local `wrangler dev` works without a .dev.vars file.
const TURNSTILE_SECRET_KEY = "{{turnstile}}";
const DUMMY_SECRET = "1x0000000000000000000000000000000AA";
const SITEVERIFY = "https://challenges.cloudflare.com/turnstile/v0/siteverify";

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const form = await request.formData();
    const token = form.get("cf-turnstile-response");
    const secret = env.TURNSTILE_SECRET ?? TURNSTILE_SECRET_KEY;
    const result = await fetch(SITEVERIFY, {
      method: "POST",
      body: JSON.stringify({ secret, response: token, remoteip: request.headers.get("CF-Connecting-IP") }),
      headers: { "content-type": "application/json" },
    });
    const outcome = await result.json<{ success: boolean }>();
    return new Response(outcome.success ? "ok" : "denied", { status: outcome.success ? 200 : 403 });
  },
};
