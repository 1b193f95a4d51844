import { afterEach, describe, expect, it, vi } from "vitest";

import { CLOUDFLARE_API_BASE } from "../src/config";
import { agentFor, publicAgent } from "../src/http";
import { redact } from "../src/log";
import { CloudflarePurger } from "../src/purgers/cloudflare";

const cfg = { apiBase: CLOUDFLARE_API_BASE, token: "test-token", zoneId: "zone-123" };

function okResponse() {
  return new Response(JSON.stringify({ success: true, errors: [], result: { id: "p1" } }), {
    status: 200,
    headers: { "Content-Type": "application/json" },
  });
}

afterEach(() => vi.restoreAllMocks());

describe("CloudflarePurger", () => {
  it("sends a bearer token to the https API", async () => {
    const spy = vi.spyOn(globalThis, "fetch").mockResolvedValue(okResponse());
    await new CloudflarePurger(cfg).purge({ urls: ["https://www.northwind.example/a.css"] });

    const [url, init] = spy.mock.calls[0];
    expect(String(url)).toBe("https://api.cloudflare.com/client/v4/zones/zone-123/purge_cache");
    expect((init?.headers as Record<string, string>).Authorization).toBe("Bearer test-token");
    expect(init?.headers).not.toHaveProperty("X-Auth-Key");
  });

  it("batches more than 30 urls", async () => {
    const spy = vi.spyOn(globalThis, "fetch").mockImplementation(async () => okResponse());
    const urls = Array.from({ length: 65 }, (_, i) => `https://www.northwind.example/${i}.js`);
    await new CloudflarePurger(cfg).purge({ urls });
    expect(spy).toHaveBeenCalledTimes(3);
  });
});

describe("agentFor", () => {
  it("never uses the insecure internal agent for Cloudflare", () => {
    expect(agentFor(`${CLOUDFLARE_API_BASE}/zones`)).toBe(publicAgent);
  });

  it("uses a non-verifying agent only for in-cluster varnish", () => {
    const a = agentFor("https://varnish-0.cache.svc.cluster.local:6443/ban");
    expect(a).not.toBe(publicAgent);
    expect(a.options.rejectUnauthorized).toBe(false);
  });
});

describe("redact", () => {
  it("masks tokens in log lines", () => {
    expect(redact("token=cfut_****************************")).toContain("cfut_****");
    expect(redact("Fastly-Key: abc")).toBe("Fastly-Key: [redacted]");
  });
});
