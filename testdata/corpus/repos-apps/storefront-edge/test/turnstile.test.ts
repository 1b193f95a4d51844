import { describe, it, expect, vi, beforeEach } from "vitest";
import { validateTurnstile } from "../workers/signup/src/turnstile";

describe("validateTurnstile", () => {
  beforeEach(() => {
    vi.stubEnv("TURNSTILE_SECRET_KEY", "YOUR_TURNSTILE_SECRET");
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(JSON.stringify({ success: true, "error-codes": [] }))),
    );
  });

  it("posts the token to siteverify", async () => {
    const res = await validateTurnstile("XXXX.DUMMY.TOKEN.XXXX", "198.51.100.4");
    expect(res.success).toBe(true);
    const [url, init] = (fetch as any).mock.calls[0];
    expect(url).toBe("https://challenges.cloudflare.com/turnstile/v0/siteverify");
    expect(JSON.parse(init.body).response).toBe("XXXX.DUMMY.TOKEN.XXXX");
  });
});
