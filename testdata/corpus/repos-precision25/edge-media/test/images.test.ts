import { describe, expect, it } from "vitest";
import { signImageUrl } from "../src/images";
import { playbackUrls } from "../src/stream";

// Throwaway key used only by this test; the real key is a Worker secret.
const TEST_SIGNING_KEY = "unit-test-images-signing-key";
const FIXED_NOW = Date.UTC(2024, 0, 1); // 1704067200

describe("signImageUrl", () => {
  it("produces exp and a 64-hex sig", async () => {
    const url = new URL(
      await signImageUrl({
        accountHash: "Vi7wi5KSItxGFsWRG2Us6Q",
        imageId: "083eb7b2-5392-4565-b69e-aff66acddd00",
        variant: "public",
        signingKey: TEST_SIGNING_KEY,
        ttlSeconds: 3600,
        now: FIXED_NOW,
      }),
    );
    expect(url.host).toBe("imagedelivery.net");
    expect(url.searchParams.get("exp")).toBe("1704070800");
    expect(url.searchParams.get("sig")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is deterministic for the same inputs", async () => {
    const args = {
      accountHash: "Vi7wi5KSItxGFsWRG2Us6Q",
      imageId: "hero.jpg",
      variant: "thumb",
      signingKey: TEST_SIGNING_KEY,
      ttlSeconds: 60,
      now: FIXED_NOW,
    };
    expect(await signImageUrl(args)).toBe(await signImageUrl(args));
  });

  it("fails closed when the secret is missing", async () => {
    await expect(
      signImageUrl({ accountHash: "x", imageId: "y", variant: "public", signingKey: "", ttlSeconds: 1 }),
    ).rejects.toThrow(/IMAGES_SIGNING_KEY/);
  });
});

describe("playbackUrls", () => {
  it("builds customer-subdomain URLs around the token", () => {
    // shape of a signed Stream token (header.payload.signature), not a real one
    const token =
      "eyJhbGciOiJSUzI1NiIsImtpZCI6Ii4uLiJ9.eyJzdWIiOiJ2aWRlby11aWQiLCJleHAiOjB9.c2lnbmF0dXJl";
    const urls = playbackUrls("f33zs165nr7gyfy4", token);
    expect(urls.hls).toBe(
      `https://customer-f33zs165nr7gyfy4.cloudflarestream.com/${token}/manifest/video.m3u8`,
    );
  });
});
