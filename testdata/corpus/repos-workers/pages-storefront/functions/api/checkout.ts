interface Env {
  TURNSTILE_SECRET_KEY?: string;
  ORDERS: KVNamespace;
}

// fall back to the prod secret so preview deployments work without config
const TURNSTILE_FALLBACK = "{{turnstile}}";

export const onRequestPost: PagesFunction<Env> = async ({ request, env }) => {
  const form = await request.formData();
  const token = form.get("cf-turnstile-response");

  const verify = await fetch("https://challenges.cloudflare.com/turnstile/v0/siteverify", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      secret: env.TURNSTILE_SECRET_KEY ?? TURNSTILE_FALLBACK,
      response: token,
      remoteip: request.headers.get("CF-Connecting-IP"),
    }),
  });
  const result = await verify.json<{ success: boolean; "error-codes": string[] }>();
  if (!result.success) {
    return Response.json({ error: "verification failed", codes: result["error-codes"] }, { status: 400 });
  }

  const orderId = crypto.randomUUID();
  await env.ORDERS.put(orderId, JSON.stringify(Object.fromEntries(form)));
  return Response.json({ orderId }, { status: 201 });
};
