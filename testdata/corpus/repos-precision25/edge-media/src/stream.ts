// Locally signed Cloudflare Stream playback tokens (no API call per view).
// https://developers.cloudflare.com/stream/viewing-videos/securing-your-stream/
//
// The signing key was created once; Stream returned { id, pem, jwk }.
// STREAM_KEY_ID (public, goes into the JWT "kid") is a var and
// STREAM_SIGNING_JWK (base64 of the private JWK) is a secret binding.

function b64url(input: ArrayBuffer | string): string {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : new Uint8Array(input);
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

let importedKey: CryptoKey | undefined;

async function signingKey(jwkB64: string): Promise<CryptoKey> {
  if (importedKey) return importedKey;
  if (!jwkB64) throw new Error("STREAM_SIGNING_JWK secret is not bound");
  const jwk = JSON.parse(atob(jwkB64)) as JsonWebKey;
  importedKey = await crypto.subtle.importKey(
    "jwk",
    jwk,
    { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return importedKey;
}

export interface StreamTokenOptions {
  videoUid: string;
  keyId: string;
  jwkB64: string;
  ttlSeconds: number;
  allowedCountries?: string[]; // matched against the viewer's country at the edge
  downloadable?: boolean;
}

export async function signStreamToken(o: StreamTokenOptions): Promise<string> {
  const header = { alg: "RS256", kid: o.keyId };
  const payload: Record<string, unknown> = {
    sub: o.videoUid,
    kid: o.keyId,
    exp: Math.floor(Date.now() / 1000) + o.ttlSeconds,
    downloadable: o.downloadable ?? false,
  };
  if (o.allowedCountries?.length) {
    payload.accessRules = [
      { type: "ip.geoip.country", action: "allow", country: o.allowedCountries },
      { type: "any", action: "block" },
    ];
  }
  const data = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  const sig = await crypto.subtle.sign(
    { name: "RSASSA-PKCS1-v1_5" },
    await signingKey(o.jwkB64),
    new TextEncoder().encode(data),
  );
  return `${data}.${b64url(sig)}`;
}

export function playbackUrls(customerCode: string, token: string) {
  const base = `https://customer-${customerCode}.cloudflarestream.com/${token}`;
  return {
    hls: `${base}/manifest/video.m3u8`,
    dash: `${base}/manifest/video.mpd`,
    iframe: `${base}/iframe`,
    thumbnail: `${base}/thumbnails/thumbnail.jpg`,
  };
}
