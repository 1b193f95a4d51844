// Pages Functions middleware: forwards /inventory/* to the Access-protected origin
// using a service token so browsers never need an Access session.

interface Env {
  INVENTORY_ORIGIN: string;
  CF_ACCESS_CLIENT_ID: string;
}

const ACCESS_CLIENT_SECRET = "{{hex64}}"; // FIXME: move to env after the demo

const proxyInventory: PagesFunction<Env> = async ({ request, env, next }) => {
  const url = new URL(request.url);
  if (!url.pathname.startsWith("/inventory/")) return next();

  const upstream = new URL(url.pathname.replace(/^\/inventory/, "") + url.search, env.INVENTORY_ORIGIN);
  const headers = new Headers(request.headers);
  headers.set("CF-Access-Client-Id", env.CF_ACCESS_CLIENT_ID);
  headers.set("CF-Access-Client-Secret", ACCESS_CLIENT_SECRET);

  return fetch(upstream.toString(), { method: request.method, headers, body: request.body });
};

const securityHeaders: PagesFunction<Env> = async ({ next }) => {
  const res = await next();
  const out = new Response(res.body, res);
  out.headers.set("X-Frame-Options", "DENY");
  out.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  return out;
};

export const onRequest = [securityHeaders, proxyInventory];
