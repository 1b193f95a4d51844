import { describe, it, expect, vi, afterEach } from "vitest";
import { verifyToken } from "../src/index";

// Turnstile's documented test secret keys (https://developers.cloudflare.com/turnstile/troubleshooting/testing/)
const ALWAYS_PASS = "1x0000000000000000000000000000000AA";
const ALWAYS_FAIL = "2x0000000000000000000000000000000AA";
const TOKEN_SPENT = "3x0000000000000000000000000000000AA";

// The dummy token the test sitekeys hand out
const DUMMY_TOKEN = "XXXX.DUMMY.TOKEN.XXXX";

function mockSiteverify(result: object) {
  return vi.spyOn(globalThis, "fetch").mockResolvedValue(
    new Response(JSON.stringify(result), {
      headers: { "content-type": "application/json" },
    }),
  );
}

afterEach(() => vi.restoreAllMocks());

describe("verifyToken", () => {
  it("passes with the always-pass secret", async () => {
    const spy = mockSiteverify({ success: true, "error-codes": [], hostname: "localhost" });
    const res = await verifyToken(DUMMY_TOKEN, ALWAYS_PASS, "127.0.0.1", "8b30a1f27c4d9e12-AMS");
    expect(res.success).toBe(true);
    const [url, init] = spy.mock.calls[0];
    expect(url).toBe("https://challenges.cloudflare.com/turnstile/v0/siteverify");
    expect((init!.body as FormData).get("secret")).toBe(ALWAYS_PASS);
  });

  it("fails with the always-fail secret", async () => {
    mockSiteverify({ success: false, "error-codes": ["invalid-input-response"] });
    const res = await verifyToken(DUMMY_TOKEN, ALWAYS_FAIL, null, "k1");
    expect(res.success).toBe(false);
    expect(res["error-codes"]).toContain("invalid-input-response");
  });

  it("reports a spent token", async () => {
    mockSiteverify({ success: false, "error-codes": ["timeout-or-duplicate"] });
    const res = await verifyToken(DUMMY_TOKEN, TOKEN_SPENT, null, "k2");
    expect(res["error-codes"]).toEqual(["timeout-or-duplicate"]);
  });

  it("omits remoteip when unknown", async () => {
    const spy = mockSiteverify({ success: true, "error-codes": [] });
    await verifyToken(DUMMY_TOKEN, ALWAYS_PASS, null, "k3");
    expect((spy.mock.calls[0][1]!.body as FormData).has("remoteip")).toBe(false);
  });
});
