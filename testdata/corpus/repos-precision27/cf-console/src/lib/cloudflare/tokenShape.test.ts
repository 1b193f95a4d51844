import { describe, expect, it } from "vitest";
import { classifyCredential, redact, shapeMessageKey } from "./tokenShape";

// Fixtures are generated, never pasted: a real credential must not land in git.
const userToken = "cfut_" + "A".repeat(44);
const accountToken = "cfat_" + "b".repeat(44);
const legacyToken = "x".repeat(20) + "-".repeat(20);
const globalKeyHex = "0".repeat(37);
const globalKeyPrefixed = "cfk_" + "Q".repeat(40);
const originCaKey = "v1.0-" + "1".repeat(24) + "-" + "2".repeat(146);

describe("classifyCredential", () => {
  it.each([
    [userToken, "user-token"],
    [accountToken, "account-token"],
    [legacyToken, "legacy-token"],
    [globalKeyHex, "global-key"],
    [globalKeyPrefixed, "global-key"],
    [originCaKey, "origin-ca-key"],
    ["", "unknown"],
    ["your-api-token-here", "unknown"],
    ["<CLOUDFLARE_API_TOKEN>", "unknown"],
  ])("classifies %s as %s", (value, kind) => {
    expect(classifyCredential(value)).toBe(kind);
  });

  it("does not mistake another vendor's token for a Cloudflare one", () => {
    // A GitHub PAT pasted into the wrong field: 40 chars but with the ghp_ prefix.
    expect(classifyCredential("{{ghp}}")).toBe("unknown");
  });

  it("trims whitespace from pasted values", () => {
    expect(classifyCredential(`  ${userToken}\n`)).toBe("user-token");
  });
});

describe("shapeMessageKey", () => {
  it("warns about the Global API Key", () => {
    expect(shapeMessageKey("global-key")).toBe("cloudflare.apiToken.errors.globalKey");
  });
  it("is quiet for scoped tokens", () => {
    expect(shapeMessageKey("account-token")).toBeNull();
  });
});

describe("redact", () => {
  it("keeps prefix and last four", () => {
    expect(redact(userToken)).toBe("cfut_****AAAA");
    expect(redact(globalKeyHex)).toBe("****0000");
  });
  it("hides short values completely", () => {
    expect(redact("abc")).toBe("****");
  });
});
