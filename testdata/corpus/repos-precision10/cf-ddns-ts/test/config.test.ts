import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, DEFAULT_API_BASE_URL, loadConfig } from "../src/config.js";

// Obviously fake credentials of the right length; never real tokens.
const FAKE_TOKEN = "a".repeat(40);
const FAKE_CFUT = "cfut_" + "x".repeat(48);

const base = {
  CF_DDNS_ZONE: "example.com",
  CF_DDNS_RECORDS: "home:A,home:AAAA",
};

describe("loadConfig", () => {
  it("reads the token from CLOUDFLARE_API_TOKEN", () => {
    const cfg = loadConfig({ ...base, CLOUDFLARE_API_TOKEN: "test-token" });
    expect(cfg.auth.apiToken).toBe("test-token");
    expect(cfg.apiBaseUrl).toBe(DEFAULT_API_BASE_URL);
    expect(cfg.records).toEqual([
      { name: "home.example.com", type: "A", proxied: false, ttl: 1 },
      { name: "home.example.com", type: "AAAA", proxied: false, ttl: 1 },
    ]);
  });

  it("accepts CF_API_TOKEN as an alias", () => {
    expect(loadConfig({ ...base, CF_API_TOKEN: FAKE_TOKEN }).auth.apiToken).toHaveLength(40);
  });

  it("accepts prefixed tokens", () => {
    expect(loadConfig({ ...base, CLOUDFLARE_API_TOKEN: FAKE_CFUT }).auth.apiToken).toMatch(/^cfut_/);
  });

  it("reads the token from a file", () => {
    const dir = mkdtempSync(join(tmpdir(), "cfddns-"));
    const file = join(dir, "token");
    writeFileSync(file, `${FAKE_TOKEN}\n`);
    expect(loadConfig({ ...base, CLOUDFLARE_API_TOKEN_FILE: file }).auth.apiToken).toBe(FAKE_TOKEN);
  });

  it.each(["CLOUDFLARE_API_KEY", "CF_API_KEY"])("rejects the Global API Key in %s", (name) => {
    // sequential example string of the Global API Key length, not a key
    const env = { ...base, CLOUDFLARE_API_TOKEN: "test-token", [name]: "0123456789abcdef0123456789abcdef01234" };
    expect(() => loadConfig(env)).toThrow(ConfigError);
  });

  it("requires a token", () => {
    expect(() => loadConfig({ ...base })).toThrow(/CLOUDFLARE_API_TOKEN is required/);
  });

  it("honours CF_API_BASE_URL for the local mock", () => {
    const cfg = loadConfig({ ...base, CLOUDFLARE_API_TOKEN: "test-token", CF_API_BASE_URL: "http://127.0.0.1:8787/client/v4" });
    expect(cfg.apiBaseUrl).toBe("http://127.0.0.1:8787/client/v4");
  });
});
