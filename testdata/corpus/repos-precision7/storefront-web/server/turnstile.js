"use strict";

// Server-side Turnstile verification.
// https://developers.cloudflare.com/turnstile/get-started/server-side-validation/

const SITEVERIFY_URL = "https://challenges.cloudflare.com/turnstile/v0/siteverify";

// Cloudflare's documented dummy secret keys, used outside production:
//   1x0000000000000000000000000000000AA  always passes
//   2x0000000000000000000000000000000AA  always fails
//   3x0000000000000000000000000000000AA  yields a "token already spent" error
const TEST_SECRET_ALWAYS_PASSES = "1x0000000000000000000000000000000AA";

function secretKey() {
  const s = process.env.TURNSTILE_SECRET_KEY;
  if (s) return s;
  if (process.env.NODE_ENV === "production") {
    throw new Error("TURNSTILE_SECRET_KEY is not set");
  }
  return TEST_SECRET_ALWAYS_PASSES;
}

/**
 * @param {string} token   value of the cf-turnstile-response form field
 * @param {string} [ip]    CF-Connecting-IP of the visitor
 * @param {string} [expectedAction]
 */
async function verifyTurnstile(token, ip, expectedAction = "signup") {
  if (!token || token.length > 2048) {
    return { ok: false, reason: "missing-or-oversized-token" };
  }
  const body = new URLSearchParams({ secret: secretKey(), response: token });
  if (ip) body.set("remoteip", ip);
  body.set("idempotency_key", crypto.randomUUID());

  const res = await fetch(SITEVERIFY_URL, { method: "POST", body });
  if (!res.ok) return { ok: false, reason: `siteverify-http-${res.status}` };

  const out = await res.json();
  if (!out.success) {
    return { ok: false, reason: (out["error-codes"] || []).join(",") || "failed" };
  }
  if (expectedAction && out.action && out.action !== expectedAction) {
    return { ok: false, reason: "action-mismatch" };
  }
  return { ok: true, hostname: out.hostname, challengeTs: out.challenge_ts };
}

module.exports = { verifyTurnstile, SITEVERIFY_URL };
