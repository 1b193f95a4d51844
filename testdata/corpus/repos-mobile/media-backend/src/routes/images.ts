import { Hono } from "hono";
import { requireSession } from "../auth";

type Bindings = {
  CF_ACCOUNT_ID: string;
  CF_IMAGES_API_TOKEN: string; // wrangler secret put CF_IMAGES_API_TOKEN
};

const images = new Hono<{ Bindings: Bindings }>();

// Direct Creator Upload: mint a one-time upload URL for the mobile app.
images.post("/v1/uploads/image", requireSession, async (c) => {
  const userId = c.get("userId");
  const form = new FormData();
  form.append("requireSignedURLs", "false");
  form.append("metadata", JSON.stringify({ userId }));
  form.append("expiry", new Date(Date.now() + 15 * 60_000).toISOString());

  const res = await fetch(
    `https://api.cloudflare.com/client/v4/accounts/${c.env.CF_ACCOUNT_ID}/images/v2/direct_upload`,
    {
      method: "POST",
      headers: { Authorization: `Bearer ${c.env.CF_IMAGES_API_TOKEN}` },
      body: form,
    },
  );
  const data = await res.json<{ success: boolean; result: { id: string; uploadURL: string } }>();
  if (!data.success) return c.json({ error: "cloudflare_images_error" }, 502);
  return c.json(data.result);
});

// Server-side upload from URL (used by the import job).
images.post("/v1/images/import", requireSession, async (c) => {
  const { url } = await c.req.json<{ url: string }>();
  const form = new FormData();
  form.append("url", url);
  const res = await fetch(`https://api.cloudflare.com/client/v4/accounts/${c.env.CF_ACCOUNT_ID}/images/v1`, {
    method: "POST",
    headers: { Authorization: `Bearer ${c.env.CF_IMAGES_API_TOKEN}` },
    body: form,
  });
  return c.json(await res.json(), res.status as 200);
});

export default images;
