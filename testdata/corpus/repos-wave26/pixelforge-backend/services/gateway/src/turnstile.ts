// Turnstile verification for the web shop (pixelforge.gg/shop) login.
const SITEVERIFY_URL = "https://challenges.cloudflare.com/turnstile/v0/siteverify";

export interface VerifyOptions {
  secret?: string;
  remoteIp?: string;
  idempotencyKey?: string;
}

export async function verifyTurnstile(token: string, opts: VerifyOptions = {}): Promise<boolean> {
  const secret = opts.secret ?? process.env.TURNSTILE_SECRET_KEY;
  if (!secret) {
    throw new Error("TURNSTILE_SECRET_KEY is not configured");
  }

  const body = new URLSearchParams({ secret, response: token });
  if (opts.remoteIp) body.set("remoteip", opts.remoteIp);
  if (opts.idempotencyKey) body.set("idempotency_key", opts.idempotencyKey);

  const res = await fetch(SITEVERIFY_URL, { method: "POST", body });
  if (!res.ok) {
    return false;
  }
  const data = (await res.json()) as { success: boolean; "error-codes"?: string[] };
  return data.success === true;
}
