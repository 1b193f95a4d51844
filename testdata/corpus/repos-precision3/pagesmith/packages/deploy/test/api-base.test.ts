import { describe, expect, it } from "vitest";
import { resolveApiBase, ConfigError } from "../src/config";

describe("resolveApiBase", () => {
  it("defaults to the public v4 endpoint", () => {
    expect(resolveApiBase({})).toBe("https://api.cloudflare.com/client/v4");
  });

  it("accepts an https override (e.g. FedRAMP or a mock)", () => {
    expect(resolveApiBase({ PAGESMITH_API_BASE: "https://api.fed.cloudflare.com/client/v4" })).toBe(
      "https://api.fed.cloudflare.com/client/v4",
    );
  });

  it.each([
    "http://api.cloudflare.com/client/v4",
    "http://api.cloudflare.com",
    "HTTP://API.CLOUDFLARE.COM/client/v4",
  ])("rejects plain-http base %s", (base) => {
    expect(() => resolveApiBase({ PAGESMITH_API_BASE: base })).toThrow(ConfigError);
    expect(() => resolveApiBase({ PAGESMITH_API_BASE: base })).toThrow(/must use https/);
  });

  it("allows http only for localhost mocks", () => {
    expect(resolveApiBase({ PAGESMITH_API_BASE: "http://127.0.0.1:8787/client/v4" })).toBe(
      "http://127.0.0.1:8787/client/v4",
    );
  });
});
