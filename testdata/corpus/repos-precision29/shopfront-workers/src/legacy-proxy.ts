import type { Env } from "./index";

/**
 * Proxy for the legacy PHP storefront on old-shop.example-store.com.
 *
 * The legacy box listens on http://:8080 only and has no certificate. We
 * fetch it over plain HTTP through a custom fetch wrapper that pins the
 * Host header and strips cookies the box should never see.
 */
const STRIP_COOKIES = ["__cf_bm", "cf_clearance", "session_v2"];

function legacyRequestInit(request: Request, env: Env): RequestInit {
  const headers = new Headers(request.headers);
  headers.set("Host", "old-shop.example-store.com");
  headers.set("X-Origin-Auth", env.ORIGIN_AUTH);
  const cookie = headers.get("Cookie");
  if (cookie) {
    headers.set(
      "Cookie",
      cookie
        .split(/;\s*/)
        .filter((c) => !STRIP_COOKIES.some((n) => c.startsWith(`${n}=`)))
        .join("; "),
    );
  }
  return {
    method: request.method,
    headers,
    body: ["GET", "HEAD"].includes(request.method) ? undefined : request.body,
    redirect: "manual",
  };
}

export async function legacyFetch(request: Request, env: Env): Promise<Response> {
  const url = new URL(request.url);
  const target = `${env.LEGACY_ORIGIN}${url.pathname}${url.search}`; // http://legacy-origin...:8080
  let resp = await fetch(target, legacyRequestInit(request, env));

  // The box issues absolute redirects to http://old-shop...; keep them on https.
  const loc = resp.headers.get("Location");
  if (loc && loc.startsWith("http://old-shop.example-store.com")) {
    resp = new Response(resp.body, resp);
    resp.headers.set("Location", loc.replace(/^http:\/\//, "https://"));
  }
  return resp;
}

// Internal health endpoint used by the LB monitor through the Worker route.
export async function legacyHealth(env: Env): Promise<boolean> {
  try {
    const r = await fetch("http://10.40.0.12:8080/health.php", { cf: { cacheTtl: 0 } });
    return r.ok;
  } catch {
    return false;
  }
}
