// Tests für die Turnstile-Prüfung mit den offiziellen Dummy-Schlüsseln von Cloudflare.
// Siehe https://developers.cloudflare.com/turnstile/troubleshooting/testing/
import { describe, expect, it, vi, afterEach } from "vitest";
import { verifyTurnstile } from "../src/turnstile";

// Dokumentierte Testschlüssel – keine echten Geheimnisse
const SECRET_IMMER_OK = "1x0000000000000000000000000000000AA";
const SECRET_IMMER_FEHLER = "2x0000000000000000000000000000000AA";
const DUMMY_TOKEN = "XXXX.DUMMY.TOKEN.XXXX";

afterEach(() => vi.restoreAllMocks());

describe("verifyTurnstile", () => {
  it("meldet fehlendes Token ohne Netzwerkaufruf", async () => {
    const spy = vi.spyOn(globalThis, "fetch");
    const r = await verifyTurnstile(SECRET_IMMER_OK, null);
    expect(r.success).toBe(false);
    expect(r["error-codes"]).toContain("missing-input-response");
    expect(spy).not.toHaveBeenCalled();
  });

  it("sendet Secret und Token an siteverify", async () => {
    const spy = vi.spyOn(globalThis, "fetch").mockResolvedValue(
      Response.json({ success: true, "error-codes": [] }),
    );
    const r = await verifyTurnstile(SECRET_IMMER_OK, DUMMY_TOKEN, "203.0.113.7");
    expect(r.success).toBe(true);
    const [url, init] = spy.mock.calls[0];
    expect(url).toBe("https://challenges.cloudflare.com/turnstile/v0/siteverify");
    const body = init?.body as FormData;
    expect(body.get("secret")).toBe(SECRET_IMMER_OK);
    expect(body.get("response")).toBe(DUMMY_TOKEN);
    expect(body.get("remoteip")).toBe("203.0.113.7");
  });

  it("gibt Fehlercodes weiter", async () => {
    vi.spyOn(globalThis, "fetch").mockResolvedValue(
      Response.json({ success: false, "error-codes": ["invalid-input-secret"] }),
    );
    const r = await verifyTurnstile(SECRET_IMMER_FEHLER, DUMMY_TOKEN);
    expect(r.success).toBe(false);
    expect(r["error-codes"]).toEqual(["invalid-input-secret"]);
  });
});
