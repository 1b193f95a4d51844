import { signImageUrl } from "./images";
import { playbackUrls, signStreamToken } from "./stream";

export interface Env {
  IMAGES_ACCOUNT_HASH: string;
  IMAGES_SIGNED_TTL: string;
  IMAGES_SIGNING_KEY: string; // secret
  STREAM_CUSTOMER_CODE: string;
  STREAM_KEY_ID: string;
  STREAM_TOKEN_TTL: string;
  STREAM_SIGNING_JWK: string; // secret
  TURNSTILE_SECRET_KEY: string; // secret
  RATE_LIMIT: KVNamespace;
}

const EU = ["AT", "BE", "DE", "DK", "ES", "FI", "FR", "IE", "IT", "NL", "PL", "PT", "SE"];

async function turnstileOk(req: Request, env: Env): Promise<boolean> {
  const token = req.headers.get("x-turnstile-token");
  if (!token) return false;
  const body = new URLSearchParams({
    secret: env.TURNSTILE_SECRET_KEY,
    response: token,
    remoteip: req.headers.get("CF-Connecting-IP") ?? "",
  });
  const r = await fetch("https://challenges.cloudflare.com/turnstile/v0/siteverify", {
    method: "POST",
    body,
  });
  const j = (await r.json()) as { success: boolean };
  return j.success;
}

export default {
  async fetch(req: Request, env: Env): Promise<Response> {
    const url = new URL(req.url);
    const [, kind, id, variant = "public"] = url.pathname.split("/");
    const country = req.headers.get("CF-IPCountry") ?? "XX";

    if (kind === "img" && id) {
      const signed = await signImageUrl({
        accountHash: env.IMAGES_ACCOUNT_HASH,
        imageId: id,
        variant,
        signingKey: env.IMAGES_SIGNING_KEY,
        ttlSeconds: Number(env.IMAGES_SIGNED_TTL),
      });
      return Response.redirect(signed, 302);
    }

    if (kind === "video" && id) {
      const token = await signStreamToken({
        videoUid: id,
        keyId: env.STREAM_KEY_ID,
        jwkB64: env.STREAM_SIGNING_JWK,
        ttlSeconds: Number(env.STREAM_TOKEN_TTL),
        allowedCountries: EU,
      });
      return Response.json({ country, ...playbackUrls(env.STREAM_CUSTOMER_CODE, token) });
    }

    if (kind === "download" && id) {
      if (!(await turnstileOk(req, env))) {
        return new Response("challenge required", { status: 403 });
      }
      const token = await signStreamToken({
        videoUid: id,
        keyId: env.STREAM_KEY_ID,
        jwkB64: env.STREAM_SIGNING_JWK,
        ttlSeconds: 600,
        downloadable: true,
      });
      const base = `https://customer-${env.STREAM_CUSTOMER_CODE}.cloudflarestream.com/${token}`;
      return Response.redirect(`${base}/downloads/default.mp4`, 302);
    }

    return new Response("not found", {
      status: 404,
      headers: { "cf-ray-echo": req.headers.get("CF-Ray") ?? "" },
    });
  },
} satisfies ExportedHandler<Env>;
