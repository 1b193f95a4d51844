// Turnstile-Verifizierung (serverseitig)
// Doku: https://developers.cloudflare.com/turnstile/get-started/server-side-validation/

const SITEVERIFY_URL = "https://challenges.cloudflare.com/turnstile/v0/siteverify";

export interface TurnstileResult {
  success: boolean;
  "error-codes": string[];
  hostname?: string;
  action?: string;
}

/**
 * Prüft das Turnstile-Token aus dem Formular.
 * @param secret  TURNSTILE_SECRET_KEY aus env (wird per `wrangler secret put` gesetzt)
 * @param token   Wert des Feldes `cf-turnstile-response`
 * @param ip      CF-Connecting-IP des Besuchers (optional)
 */
export async function verifyTurnstile(
  secret: string,
  token: string | null,
  ip?: string | null,
): Promise<TurnstileResult> {
  if (!token) {
    return { success: false, "error-codes": ["missing-input-response"] };
  }

  const body = new FormData();
  body.append("secret", secret);
  body.append("response", token);
  if (ip) body.append("remoteip", ip);
  // Idempotenz-Schlüssel, damit Wiederholungen nicht als "timeout-or-duplicate" enden
  body.append("idempotency_key", crypto.randomUUID());

  const res = await fetch(SITEVERIFY_URL, { method: "POST", body });
  if (!res.ok) {
    return { success: false, "error-codes": [`http-${res.status}`] };
  }
  return (await res.json()) as TurnstileResult;
}
