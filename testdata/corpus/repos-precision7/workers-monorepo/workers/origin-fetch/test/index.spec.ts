import { env, SELF, fetchMock } from "cloudflare:test";
import { afterEach, beforeAll, describe, expect, it } from "vitest";

const ORIGIN = "https://partners-origin.staging.example-shop.com";

beforeAll(() => {
  fetchMock.activate();
  fetchMock.disableNetConnect();
});
afterEach(() => fetchMock.assertNoPendingInterceptors());

describe("origin-fetch worker", () => {
  it("adds the Access service token headers", async () => {
    fetchMock
      .get(ORIGIN)
      .intercept({
        path: "/v1/catalog",
        headers: { "cf-access-client-id": env.ORIGIN_CF_ACCESS_CLIENT_ID },
      })
      .reply(200, { items: [] });

    const res = await SELF.fetch("https://partners-api.example-shop.com/v1/catalog", {
      headers: { "x-partner-key": "pk_test_partner_0001" },
    });
    expect(res.status).toBe(200);
  });

  it("returns 401 without a partner key", async () => {
    const res = await SELF.fetch("https://partners-api.example-shop.com/v1/catalog");
    expect(res.status).toBe(401);
  });
});

// Smoke test against the real staging origin (behind Cloudflare Access).
// Skipped unless RUN_LIVE=1.
describe.runIf(env.RUN_LIVE === "1")("staging origin (live)", () => {
  it("is reachable with the CI service token", async () => {
    fetchMock.enableNetConnect(/staging\.example-shop\.com/);
    const res = await fetch(`${ORIGIN}/healthz`, {
      headers: {
        // service token "origin-fetch-ci" (Zero Trust > Access > Service Auth)
        "CF-Access-Client-Id": "{{hex32}}.access",
        "CF-Access-Client-Secret": "{{hex64}}",
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("cf-ray")).toBeTruthy();
  });
});
