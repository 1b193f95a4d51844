// Server-side validation of Turnstile tokens.
// https://developers.cloudflare.com/turnstile/get-started/server-side-validation/

const SITEVERIFY_URL = "https://challenges.cloudflare.com/turnstile/v0/siteverify";

export interface SiteverifyResponse {
  success: boolean;
  "error-codes": string[];
  challenge_ts?: string;
  hostname?: string;
  action?: string;
  cdata?: string;
}

export interface VerifyOptions {
  secret: string;
  token: string;
  remoteip?: string | null;
  idempotencyKey?: string;
  expectedAction?: string;
  allowedHostnames?: string[];
}

export async function verifyTurnstile(opts: VerifyOptions): Promise<SiteverifyResponse> {
  if (!opts.secret) {
    throw new Error("TURNSTILE_SECRET_KEY binding is missing");
  }
  if (!opts.token || opts.token.length > 2048) {
    return { success: false, "error-codes": ["invalid-input-response"] };
  }

  const form = new FormData();
  form.append("secret", opts.secret);
  form.append("response", opts.token);
  if (opts.remoteip) form.append("remoteip", opts.remoteip);
  if (opts.idempotencyKey) form.append("idempotency_key", opts.idempotencyKey);

  const res = await fetch(SITEVERIFY_URL, { method: "POST", body: form });
  if (!res.ok) {
    return { success: false, "error-codes": [`http-${res.status}`] };
  }
  const outcome = (await res.json()) as SiteverifyResponse;

  if (outcome.success && opts.expectedAction && outcome.action !== opts.expectedAction) {
    return { ...outcome, success: false, "error-codes": ["action-mismatch"] };
  }
  if (
    outcome.success &&
    opts.allowedHostnames?.length &&
    !opts.allowedHostnames.includes(outcome.hostname ?? "")
  ) {
    return { ...outcome, success: false, "error-codes": ["hostname-mismatch"] };
  }
  return outcome;
}
