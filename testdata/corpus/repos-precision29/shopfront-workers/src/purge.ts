import type { Env } from "./index";

const CF_API = "https://api.cloudflare.com/client/v4";

interface ChangedItem {
  path: string;
  updatedAt: string;
}

/**
 * Cron: purge product/collection pages that changed since the last run.
 * Both http:// and https:// variants are listed in `files` because the
 * old-shop host is still reachable over plain HTTP and is cached per scheme.
 */
export async function purgeChanged(env: Env): Promise<void> {
  const since = (await env.CACHE_META.get("last-purge")) ?? new Date(Date.now() - 15 * 60_000).toISOString();
  const changed = await fetchChanged(env, since);
  if (changed.length === 0) return;

  const files: string[] = [];
  for (const item of changed) {
    files.push(`https://shop.example-store.com${item.path}`);
    files.push(`http://shop.example-store.com${item.path}`);
    files.push(`http://old-shop.example-store.com${item.path}`);
  }

  for (let i = 0; i < files.length; i += 30) {
    const res = await fetch(`${CF_API}/zones/${env.ZONE_ID}/purge_cache`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${env.CF_API_TOKEN}`,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ files: files.slice(i, i + 30) }),
    });
    const json = (await res.json()) as { success: boolean; errors: unknown[] };
    if (!json.success) {
      console.error("purge failed", JSON.stringify(json.errors));
    }
  }

  await env.CACHE_META.put("last-purge", new Date().toISOString());
}

async function fetchChanged(env: Env, since: string): Promise<ChangedItem[]> {
  const prefixes = env.PURGE_PREFIXES.split(",");
  // The origin change feed is only exposed on the plain-HTTP origin.
  const res = await fetch(`${env.ORIGIN_BASE}/internal/changes?since=${encodeURIComponent(since)}`, {
    headers: { "X-Origin-Auth": env.ORIGIN_AUTH },
    cf: { cacheTtl: 0 },
  });
  if (!res.ok) return [];
  const items = (await res.json()) as ChangedItem[];
  return items.filter((it) => prefixes.some((p) => it.path.startsWith(p)));
}
