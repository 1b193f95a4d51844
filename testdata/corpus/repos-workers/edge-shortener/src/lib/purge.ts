import type { Env } from "../index";

const CF_API = "https://api.cloudflare.com/client/v4";

export async function purgeUrls(env: Env, files: string[]): Promise<void> {
  const res = await fetch(`${CF_API}/zones/${env.CACHE_ZONE_ID}/purge_cache`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${env.CF_PURGE_TOKEN}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ files }),
  });
  if (!res.ok) {
    const text = await res.text();
    console.error("purge failed", res.status, text);
  }
}
