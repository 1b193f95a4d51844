import { Hono } from "hono";
import { cors } from "hono/cors";
import { purgeUrls } from "./lib/purge";
import { verifyTurnstile } from "./lib/turnstile";

export interface Env {
  LINKS: KVNamespace;
  DB: D1Database;
  PUBLIC_BASE_URL: string;
  CACHE_ZONE_ID: string;
  CF_PURGE_TOKEN: string;
  TURNSTILE_SECRET_KEY: string;
}

const app = new Hono<{ Bindings: Env }>();

app.use("/api/*", cors());

app.get("/:slug", async (c) => {
  const slug = c.req.param("slug");
  const cached = await c.env.LINKS.get(slug);
  if (cached) return c.redirect(cached, 301);

  const row = await c.env.DB.prepare("SELECT target FROM links WHERE slug = ?1")
    .bind(slug)
    .first<{ target: string }>();
  if (!row) return c.notFound();

  c.executionCtx.waitUntil(c.env.LINKS.put(slug, row.target, { expirationTtl: 86400 }));
  return c.redirect(row.target, 301);
});

app.post("/api/links", async (c) => {
  const body = await c.req.json<{ slug: string; target: string; token: string }>();
  const ok = await verifyTurnstile(body.token, c.env.TURNSTILE_SECRET_KEY, c.req.header("CF-Connecting-IP"));
  if (!ok) return c.json({ error: "captcha" }, 403);

  await c.env.DB.prepare("INSERT INTO links (slug, target) VALUES (?1, ?2)")
    .bind(body.slug, body.target)
    .run();
  return c.json({ url: `${c.env.PUBLIC_BASE_URL}/${body.slug}` }, 201);
});

app.delete("/api/links/:slug", async (c) => {
  const slug = c.req.param("slug");
  await c.env.DB.prepare("DELETE FROM links WHERE slug = ?1").bind(slug).run();
  await c.env.LINKS.delete(slug);
  await purgeUrls(c.env, [`${c.env.PUBLIC_BASE_URL}/${slug}`]);
  return c.body(null, 204);
});

export default app;
