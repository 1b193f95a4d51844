import { describe, it, expect, vi, afterEach } from "vitest";
import { verifyTurnstile } from "../src/turnstile";

// Cloudflare's documented Turnstile test credentials:
// https://developers.cloudflare.com/turnstile/troubleshooting/testing/
// These are public dummy values and only work against the dummy sitekeys.
const ALWAYS_PASSES_SECRET = "1x0000000000000000000000000000000AA";
const ALWAYS_FAILS_SECRET = "2x0000000000000000000000000000000AA";
const TOKEN_SPENT_SECRET = "3x0000000000000000000000000000000AA";
const DUMMY_TOKEN = "XXXX.DUMMY.TOKEN.XXXX";

const SITEVERIFY = "https://challenges.cloudflare.com/turnstile/v0/siteverify";

function mockSiteverify(body: Record<string, unknown>) {
  return vi.spyOn(globalThis, "fetch").mockResolvedValue(
    new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } }),
  );
}

afterEach(() => vi.restoreAllMocks());

describe("verifyTurnstile", () => {
  it("accepts the dummy token with the always-passes secret", async () => {
    const spy = mockSiteverify({ success: true, "error-codes": [], hostname: "example.com" });
    const res = await verifyTurnstile(DUMMY_TOKEN, { secret: ALWAYS_PASSES_SECRET, remoteIp: "203.0.113.7" });
    expect(res.ok).toBe(true);
    const [url, init] = spy.mock.calls[0];
    expect(url).toBe(SITEVERIFY);
    const form = init?.body as FormData;
    expect(form.get("secret")).toBe(ALWAYS_PASSES_SECRET);
    expect(form.get("response")).toBe(DUMMY_TOKEN);
  });

  it("rejects with the always-fails secret", async () => {
    mockSiteverify({ success: false, "error-codes": ["invalid-input-response"] });
    const res = await verifyTurnstile(DUMMY_TOKEN, { secret: ALWAYS_FAILS_SECRET });
    expect(res.ok).toBe(false);
    expect(res.errors).toContain("invalid-input-response");
  });

  it("reports a spent token", async () => {
    mockSiteverify({ success: false, "error-codes": ["timeout-or-duplicate"] });
    const res = await verifyTurnstile(DUMMY_TOKEN, { secret: TOKEN_SPENT_SECRET });
    expect(res.errors).toEqual(["timeout-or-duplicate"]);
  });

  it("uses the secret from the Worker env when none is passed", async () => {
    const spy = mockSiteverify({ success: true, "error-codes": [] });
    const env = { TURNSTILE_SECRET_KEY: ALWAYS_PASSES_SECRET } as unknown as Env;
    await verifyTurnstile(DUMMY_TOKEN, { env });
    const form = spy.mock.calls[0][1]?.body as FormData;
    expect(form.get("secret")).toBe(env.TURNSTILE_SECRET_KEY);
  });

  it("never sends an empty secret", async () => {
    await expect(verifyTurnstile(DUMMY_TOKEN, { secret: "" })).rejects.toThrow(/TURNSTILE_SECRET_KEY/);
  });
});
