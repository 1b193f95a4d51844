/**
 * Browser-side helper used by the settings page to check a token the admin
 * just typed. The value is sent once to our backend, which forwards it to
 * Cloudflare; the browser never calls api.cloudflare.com directly (CORS).
 */
import { classifyCredential, isScopedToken, redact } from "./tokenShape";

export const CLOUDFLARE_API_BASE = "https://api.cloudflare.com/client/v4";

// `wrangler dev` serves the verify proxy locally during development.
const BACKEND_BASE: string =
  import.meta.env.VITE_BACKEND_URL ?? (import.meta.env.DEV ? "http://localhost:8787" : "");

export interface VerifyResult {
  ok: boolean;
  status?: "active" | "disabled" | "expired";
  expiresOn?: string | null;
  errorCode?: number;
  message?: string;
}

export async function verifyToken(
  token: string,
  scope: { accountId?: string } = {},
  signal?: AbortSignal,
): Promise<VerifyResult> {
  const kind = classifyCredential(token);
  if (!isScopedToken(kind)) {
    return { ok: false, message: `refused before sending: ${kind}` };
  }

  const res = await fetch(`${BACKEND_BASE}/api/integrations/cloudflare/verify`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    credentials: "include",
    body: JSON.stringify({ token, accountId: scope.accountId ?? null }),
    signal,
  });

  if (!res.ok) {
    console.warn("verify failed for", redact(token), res.status);
    return { ok: false, errorCode: res.status };
  }
  const body = (await res.json()) as {
    success: boolean;
    result?: { status: VerifyResult["status"]; expires_on?: string | null };
    errors?: { code: number; message: string }[];
  };
  if (!body.success) {
    const [err] = body.errors ?? [];
    return { ok: false, errorCode: err?.code, message: err?.message };
  }
  return {
    ok: body.result?.status === "active",
    status: body.result?.status,
    expiresOn: body.result?.expires_on ?? null,
  };
}

/** Link shown next to the field; pre-fills the "Edit zone DNS" template. */
export function createTokenUrl(accountId?: string): string {
  const base = "https://dash.cloudflare.com/profile/api-tokens";
  return accountId ? `https://dash.cloudflare.com/${accountId}/api-tokens` : base;
}
