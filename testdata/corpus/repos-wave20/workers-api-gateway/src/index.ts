import { Hono } from "hono";
import { AwsClient } from "aws4fetch";

export interface Env {
  ENVIRONMENT: string;
  UPSTREAM_ORIGIN: string;
  CACHE_TTL_SECONDS: string;
  PURGE_ZONE_ID: string;
  // secrets (wrangler secret put / .dev.vars)
  CLOUDFLARE_API_TOKEN: string;
  TURNSTILE_SECRET_KEY: string;
  R2_ACCOUNT_ID: string;
  R2_ACCESS_KEY_ID: string;
  R2_SECRET_ACCESS_KEY: string;
  RATE_LIMITS: KVNamespace;
  DB: D1Database;
  ASSETS: R2Bucket;
}

const CF_API = "https://api.cloudflare.com/client/v4";

const app = new Hono<{ Bindings: Env }>();

app.post("/admin/purge", async (c) => {
  const { files } = await c.req.json<{ files: string[] }>();
  const res = await fetch(`${CF_API}/zones/${c.env.PURGE_ZONE_ID}/purge_cache`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${c.env.CLOUDFLARE_API_TOKEN}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ files }),
  });
  return c.json(await res.json(), res.status as 200);
});

app.post("/login", async (c) => {
  const form = await c.req.formData();
  const verify = await fetch("https://challenges.cloudflare.com/turnstile/v0/siteverify", {
    method: "POST",
    body: new URLSearchParams({
      secret: c.env.TURNSTILE_SECRET_KEY,
      response: String(form.get("cf-turnstile-response") ?? ""),
      remoteip: c.req.header("CF-Connecting-IP") ?? "",
    }),
  });
  const outcome = await verify.json<{ success: boolean }>();
  if (!outcome.success) return c.text("captcha failed", 403);
  return c.redirect("/dashboard");
});

app.get("/admin/export/:key", async (c) => {
  const r2 = new AwsClient({
    accessKeyId: c.env.R2_ACCESS_KEY_ID,
    secretAccessKey: c.env.R2_SECRET_ACCESS_KEY,
  });
  const url = new URL(
    `https://${c.env.R2_ACCOUNT_ID}.r2.cloudflarestorage.com/gateway-assets/${c.req.param("key")}`,
  );
  url.searchParams.set("X-Amz-Expires", "600");
  const signed = await r2.sign(new Request(url), { aws: { signQuery: true } });
  return c.json({ url: signed.url });
});

app.all("*", async (c) => {
  const upstream = new URL(c.req.path, c.env.UPSTREAM_ORIGIN);
  return fetch(upstream, c.req.raw);
});

export default app;
