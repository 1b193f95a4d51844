import { Hono } from "hono";
import { verifyAccessJwt, AccessError } from "./auth/access";
import { verifyTurnstile } from "./turnstile";
import { CloudflareApi } from "./lib/cloudflare-api";
import { createCheckoutSession, sendReceipt } from "./services/billing";
export { CartDurableObject } from "./cart";

export interface Env {
  ENVIRONMENT: string;
  LOG_LEVEL: string;
  ACCESS_TEAM_DOMAIN: string;
  ACCESS_AUD: string;
  UPSTREAM_URL: string;
  UPSTREAM_ACCESS_CLIENT_ID: string;
  UPSTREAM_ACCESS_CLIENT_SECRET: string; // wrangler secret
  TURNSTILE_SITE_KEY: string;
  TURNSTILE_SECRET_KEY: string; // wrangler secret
  STRIPE_SECRET_KEY: string; // wrangler secret
  POSTMARK_SERVER_TOKEN: string; // wrangler secret
  CLOUDFLARE_API_TOKEN: string; // wrangler secret
  CF_ZONE_ID: string;
  SESSIONS: KVNamespace;
  RATE_LIMITS: KVNamespace;
  DB: D1Database;
  ASSETS: R2Bucket;
  ORDER_EVENTS: Queue;
  CART: DurableObjectNamespace;
}

const app = new Hono<{ Bindings: Env }>();

app.get("/health", (c) => c.json({ ok: true, env: c.env.ENVIRONMENT }));

// Public config for the storefront; the site key is meant to be public.
app.get("/config", (c) => c.json({ turnstileSiteKey: c.env.TURNSTILE_SITE_KEY }));

// Everything under /admin sits behind Cloudflare Access.
app.use("/admin/*", async (c, next) => {
  try {
    const identity = await verifyAccessJwt(c.req.raw, c.env.ACCESS_TEAM_DOMAIN, c.env.ACCESS_AUD);
    c.set("identity" as never, identity as never);
  } catch (err) {
    if (err instanceof AccessError) return c.text(err.message, err.status);
    throw err;
  }
  await next();
});

app.post("/admin/purge", async (c) => {
  const { tags } = await c.req.json<{ tags: string[] }>();
  const cf = new CloudflareApi(c.env.CLOUDFLARE_API_TOKEN);
  const result = await cf.purgeByTags(c.env.CF_ZONE_ID, tags);
  return c.json(result);
});

// Inventory lives behind Access too; the Worker authenticates with a service token.
app.get("/inventory/:sku", async (c) => {
  const url = new URL(`/v1/stock/${encodeURIComponent(c.req.param("sku"))}`, c.env.UPSTREAM_URL);
  const res = await fetch(url, {
    headers: {
      "CF-Access-Client-Id": c.env.UPSTREAM_ACCESS_CLIENT_ID,
      "CF-Access-Client-Secret": c.env.UPSTREAM_ACCESS_CLIENT_SECRET,
    },
    cf: { cacheTtl: 30, cacheEverything: true },
  });
  return new Response(res.body, res);
});

app.post("/checkout", async (c) => {
  const form = await c.req.formData();
  const ip = c.req.header("CF-Connecting-IP") ?? "";
  const ok = await verifyTurnstile(String(form.get("cf-turnstile-response") ?? ""), c.env.TURNSTILE_SECRET_KEY, ip);
  if (!ok) return c.text("challenge failed", 403);

  const session = await createCheckoutSession(c.env, String(form.get("cartId")));
  await c.env.ORDER_EVENTS.send({ type: "checkout.started", cartId: form.get("cartId"), at: Date.now() });
  c.executionCtx.waitUntil(sendReceipt(c.env, String(form.get("email")), session.id));
  return c.redirect(session.url, 303);
});

export default app;
