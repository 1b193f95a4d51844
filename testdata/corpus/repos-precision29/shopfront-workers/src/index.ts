import { purgeChanged } from "./purge";
import { legacyFetch } from "./legacy-proxy";

export interface Env {
  ORIGIN_BASE: string;
  LEGACY_ORIGIN: string;
  ZONE_ID: string;
  PURGE_PREFIXES: string;
  CF_API_TOKEN: string;
  ORIGIN_AUTH: string;
  CACHE_META: KVNamespace;
  INVENTORY: Fetcher;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);

    // old-shop.* is served by the legacy PHP box
    if (url.hostname.startsWith("old-shop.")) {
      return legacyFetch(request, env);
    }

    // Inventory lookups go over the service binding, not the public internet.
    if (url.pathname.startsWith("/api/stock/")) {
      return env.INVENTORY.fetch(new Request(`http://inventory${url.pathname}`, request));
    }

    // Everything else: plain-HTTP origin, with the Host the origin expects.
    const originUrl = new URL(url.pathname + url.search, env.ORIGIN_BASE);
    const headers = new Headers(request.headers);
    headers.set("X-Origin-Auth", env.ORIGIN_AUTH);
    headers.set("X-Forwarded-Proto", url.protocol.replace(":", ""));

    const resp = await fetch(originUrl.toString(), {
      method: request.method,
      headers,
      body: request.body,
      redirect: "manual",
      cf: {
        resolveOverride: "origin.example-store.com",
        cacheTtlByStatus: { "200-299": 300, "404": 30, "500-599": 0 },
        cacheEverything: url.pathname.startsWith("/static/"),
      },
    });

    // Rewrite absolute http:// links the origin still emits.
    const contentType = resp.headers.get("content-type") ?? "";
    if (contentType.includes("text/html")) {
      return new HTMLRewriter()
        .on("a[href^='http://shop.example-store.com']", {
          element(el) {
            const href = el.getAttribute("href")!;
            el.setAttribute("href", href.replace("http://", "https://"));
          },
        })
        .transform(resp);
    }
    return resp;
  },

  async scheduled(_event: ScheduledEvent, env: Env, ctx: ExecutionContext) {
    ctx.waitUntil(purgeChanged(env));
  },
};
