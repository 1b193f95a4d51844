import { describe, it, expect, beforeAll, afterEach } from "vitest";
import { fetchMock } from "cloudflare:test";
import { SignJWT, exportJWK, generateKeyPair, type KeyLike } from "jose";
import { verifyAccessJwt, AccessError } from "../src/auth/access";
import certsFixture from "./fixtures/access-certs.json";

const TEAM = "https://acme-test.cloudflareaccess.com";
// Arbitrary audience for tests; the real AUD tags are in wrangler.toml [vars].
const AUD = "test-aud-00000000000000000000000000000000";

let privateKey: KeyLike;

beforeAll(async () => {
  const pair = await generateKeyPair("RS256");
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: "test-kid", alg: "RS256", use: "sig" };

  fetchMock.activate();
  fetchMock.disableNetConnect();
  fetchMock
    .get(TEAM)
    .intercept({ path: "/cdn-cgi/access/certs" })
    .reply(200, { ...certsFixture, keys: [jwk, ...certsFixture.keys] })
    .persist();
});

afterEach(() => fetchMock.assertNoPendingInterceptors);

async function sign(claims: Record<string, unknown>, aud = AUD) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: "test-kid" })
    .setIssuer(TEAM)
    .setAudience(aud)
    .setIssuedAt()
    .setExpirationTime("5m")
    .sign(privateKey);
}

describe("verifyAccessJwt", () => {
  it("accepts a user token from the header", async () => {
    const jwt = await sign({ email: "ops@acme-shop.com", sub: "user-1" });
    const req = new Request("https://api.acme-shop.com/admin/purge", { headers: { "Cf-Access-Jwt-Assertion": jwt } });
    await expect(verifyAccessJwt(req, TEAM, AUD)).resolves.toMatchObject({ email: "ops@acme-shop.com" });
  });

  it("accepts a service-token JWT (common_name instead of email)", async () => {
    const jwt = await sign({ common_name: "test-client-id.access", sub: "" });
    const req = new Request("https://api.acme-shop.com/admin/purge", { headers: { Cookie: `CF_Authorization=${jwt}` } });
    const id = await verifyAccessJwt(req, TEAM, AUD);
    expect(id.common_name).toBe("test-client-id.access");
  });

  it("rejects the wrong audience", async () => {
    const jwt = await sign({ email: "ops@acme-shop.com" }, "some-other-application");
    const req = new Request("https://api.acme-shop.com/admin", { headers: { "Cf-Access-Jwt-Assertion": jwt } });
    await expect(verifyAccessJwt(req, TEAM, AUD)).rejects.toBeInstanceOf(AccessError);
  });

  it("does not treat service-token headers as a login", async () => {
    // Access turns these into a JWT at the edge; the origin must never see them as auth.
    const req = new Request("https://api.acme-shop.com/admin", {
      headers: { "CF-Access-Client-Id": "test-client-id.access", "CF-Access-Client-Secret": "not-a-real-secret" },
    });
    await expect(verifyAccessJwt(req, TEAM, AUD)).rejects.toThrow("missing Cf-Access-Jwt-Assertion");
  });
});
