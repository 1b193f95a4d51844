import { describe, expect, it } from "vitest";
import { verifyTurnstile } from "../src/turnstile";

// Cloudflare's documented testing secret keys:
// https://developers.cloudflare.com/turnstile/troubleshooting/testing/
const ALWAYS_PASSES = "1x0000000000000000000000000000000AA";
const ALWAYS_FAILS = "2x0000000000000000000000000000000AA";
const TOKEN_SPENT = "3x0000000000000000000000000000000AA";

// The dummy token produced by the testing sitekeys.
const DUMMY_TOKEN = "XXXX.DUMMY.TOKEN.XXXX";

describe("verifyTurnstile (live siteverify with test keys)", () => {
  it("accepts the dummy token with the always-pass secret", async () => {
    const out = await verifyTurnstile({ secret: ALWAYS_PASSES, token: DUMMY_TOKEN });
    expect(out.success).toBe(true);
  });

  it("rejects with the always-fail secret", async () => {
    const out = await verifyTurnstile({ secret: ALWAYS_FAILS, token: DUMMY_TOKEN });
    expect(out.success).toBe(false);
    expect(out["error-codes"]).toContain("invalid-input-secret");
  });

  it("reports a spent token", async () => {
    const out = await verifyTurnstile({ secret: TOKEN_SPENT, token: DUMMY_TOKEN });
    expect(out.success).toBe(false);
    expect(out["error-codes"]).toContain("timeout-or-duplicate");
  });

  it("short-circuits oversized tokens without calling siteverify", async () => {
    const out = await verifyTurnstile({ secret: ALWAYS_PASSES, token: "a".repeat(4096) });
    expect(out.success).toBe(false);
  });

  it("throws when the secret binding is missing", async () => {
    await expect(verifyTurnstile({ secret: "", token: DUMMY_TOKEN })).rejects.toThrow(
      /TURNSTILE_SECRET_KEY/,
    );
  });

  it("enforces hostname allow-list", async () => {
    const out = await verifyTurnstile({
      secret: ALWAYS_PASSES,
      token: DUMMY_TOKEN,
      allowedHostnames: ["guestbook.acme-events.com"],
    });
    // test keys report hostname "example.com"
    expect(out.success).toBe(false);
    expect(out["error-codes"]).toContain("hostname-mismatch");
  });
});
