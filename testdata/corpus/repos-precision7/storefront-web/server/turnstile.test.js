"use strict";

const { verifyTurnstile } = require("./turnstile");

// These hit the real siteverify endpoint with Cloudflare's dummy secrets,
// which accept the dummy token XXXX.DUMMY.TOKEN.XXXX.
const DUMMY_TOKEN = "XXXX.DUMMY.TOKEN.XXXX";

const SECRETS = {
  pass: "1x0000000000000000000000000000000AA",
  fail: "2x0000000000000000000000000000000AA",
  spent: "3x0000000000000000000000000000000AA",
};

describe("verifyTurnstile (network)", () => {
  const saved = process.env.TURNSTILE_SECRET_KEY;
  afterEach(() => {
    process.env.TURNSTILE_SECRET_KEY = saved;
  });

  test("passes with the always-pass secret", async () => {
    process.env.TURNSTILE_SECRET_KEY = SECRETS.pass;
    const r = await verifyTurnstile(DUMMY_TOKEN, "203.0.113.7", null);
    expect(r.ok).toBe(true);
  });

  test("fails with the always-fail secret", async () => {
    process.env.TURNSTILE_SECRET_KEY = SECRETS.fail;
    const r = await verifyTurnstile(DUMMY_TOKEN, "203.0.113.7", null);
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/invalid-input-response/);
  });

  test("reports spent tokens", async () => {
    process.env.TURNSTILE_SECRET_KEY = SECRETS.spent;
    const r = await verifyTurnstile(DUMMY_TOKEN, undefined, null);
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/timeout-or-duplicate/);
  });

  test("rejects empty tokens without a network call", async () => {
    const r = await verifyTurnstile("", "203.0.113.7");
    expect(r).toEqual({ ok: false, reason: "missing-or-oversized-token" });
  });
});
