import { SignJWT, importJWK } from "jose";

const ACCOUNT_ID = process.env.CF_ACCOUNT_ID!;
const STREAM_KEY_ID = process.env.STREAM_SIGNING_KEY_ID!;
const STREAM_JWK_B64 = process.env.STREAM_SIGNING_JWK!; // base64 JWK from POST /stream/keys

/** Mint a signed playback token locally (no API call per view). */
export async function signedPlaybackToken(videoUid: string, ttlSeconds = 3600) {
  const jwk = JSON.parse(Buffer.from(STREAM_JWK_B64, "base64").toString("utf8"));
  const key = await importJWK(jwk, "RS256");
  return new SignJWT({
    sub: videoUid,
    kid: STREAM_KEY_ID,
    accessRules: [{ type: "ip.geoip.country", action: "allow", country: ["US", "CA", "GB"] }],
  })
    .setProtectedHeader({ alg: "RS256", kid: STREAM_KEY_ID })
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(key);
}

/** One-off: rotate the signing key. Run with `npx tsx src/stream/signedUrls.ts rotate`. */
export async function createSigningKey() {
  const res = await fetch(`https://api.cloudflare.com/client/v4/accounts/${ACCOUNT_ID}/stream/keys`, {
    method: "POST",
    headers: {
      Authorization: "Bearer {{tok40}}",
      "Content-Type": "application/json",
    },
  });
  const { result } = await res.json();
  console.log("new key id:", result.id, "-- store result.jwk in STREAM_SIGNING_JWK");
  return result;
}

if (process.argv[2] === "rotate") createSigningKey();
