// Server-side validation of Turnstile tokens.
// The site key is public (rendered into the page); the secret key only ever
// comes from the Worker environment (`wrangler secret put TURNSTILE_SECRET_KEY`).

const SITEVERIFY_URL = "https://challenges.cloudflare.com/turnstile/v0/siteverify";

interface SiteverifyResponse {
  success: boolean;
  "error-codes": string[];
  challenge_ts?: string;
  hostname?: string;
  action?: string;
  cdata?: string;
}

export async function verifyTurnstile(
  token: string,
  secret: string,
  remoteip?: string,
  idempotencyKey: string = crypto.randomUUID(),
): Promise<boolean> {
  if (!token || token.length > 2048) return false;

  const body = new FormData();
  body.append("secret", secret);
  body.append("response", token);
  if (remoteip) body.append("remoteip", remoteip);
  body.append("idempotency_key", idempotencyKey);

  const res = await fetch(SITEVERIFY_URL, { method: "POST", body });
  if (!res.ok) {
    console.error("turnstile siteverify http", res.status);
    return false;
  }
  const outcome = (await res.json()) as SiteverifyResponse;
  if (!outcome.success) {
    console.warn("turnstile rejected", outcome["error-codes"].join(","));
  }
  return outcome.success;
}
