import { describe, expect, it, vi, beforeEach } from "vitest";
import { verifyTurnstile } from "../src/turnstile";

// Cloudflare publishes dummy secret keys for testing:
//   1x0000000000000000000000000000000AA  always passes
//   2x0000000000000000000000000000000AA  always fails
//   3x0000000000000000000000000000000AA  yields a "token already spent" error
const ALWAYS_PASS = "1x0000000000000000000000000000000AA";
const ALWAYS_FAIL = "2x0000000000000000000000000000000AA";
const SPENT = "3x0000000000000000000000000000000AA";

// Dummy response token that the test secrets accept
const DUMMY_TOKEN = "XXXX.DUMMY.TOKEN.XXXX";

describe("verifyTurnstile", () => {
  beforeEach(() => {
    vi.restoreAllMocks();
  });

  it("accepts a token with the always-pass secret", async () => {
    await expect(verifyTurnstile(DUMMY_TOKEN, { secret: ALWAYS_PASS })).resolves.toBe(true);
  });

  it("rejects a token with the always-fail secret", async () => {
    await expect(verifyTurnstile(DUMMY_TOKEN, { secret: ALWAYS_FAIL })).resolves.toBe(false);
  });

  it("reports spent tokens", async () => {
    await expect(verifyTurnstile(DUMMY_TOKEN, { secret: SPENT })).resolves.toBe(false);
  });

  it("reads the secret from the environment by default", async () => {
    const spy = vi.spyOn(globalThis, "fetch").mockResolvedValue(
      new Response(JSON.stringify({ success: true }), { status: 200 }),
    );
    process.env.TURNSTILE_SECRET_KEY = ALWAYS_PASS;
    await verifyTurnstile(DUMMY_TOKEN);
    const body = spy.mock.calls[0][1]?.body as URLSearchParams;
    expect(body.get("secret")).toBe(ALWAYS_PASS);
  });

  it("fails closed when the secret is missing", async () => {
    delete process.env.TURNSTILE_SECRET_KEY;
    await expect(verifyTurnstile(DUMMY_TOKEN)).rejects.toThrow(/TURNSTILE_SECRET_KEY/);
  });
});
