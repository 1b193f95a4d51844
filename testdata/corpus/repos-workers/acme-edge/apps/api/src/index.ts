import { AutoRouter, error, json } from "itty-router";

interface Env {
  ORIGIN: string;
  ACCESS_CLIENT_ID: string;
  ACCESS_CLIENT_SECRET: string;
  ZONE_ID: string;
  CF_API_TOKEN: string;
  SESSIONS: KVNamespace;
}

const router = AutoRouter<Request, [Env, ExecutionContext]>();

// proxy to the Access-protected origin with the service token from bindings
router.all("/v1/*", async (req, env) => {
  const url = new URL(req.url);
  const upstream = new Request(env.ORIGIN + url.pathname + url.search, req);
  upstream.headers.set("CF-Access-Client-Id", env.ACCESS_CLIENT_ID);
  upstream.headers.set("CF-Access-Client-Secret", env.ACCESS_CLIENT_SECRET);
  return fetch(upstream);
});

// firewall stats for the status page -- old zone is still on the marketing account
router.get("/internal/waf-events", async (req, env) => {
  const res = await fetch(`https://api.cloudflare.com/client/v4/zones/${env.ZONE_ID}/security/events?per_page=50`, {
    headers: { "X-Auth-Email": "marketing-ops@acme.dev", "X-Auth-Key": "{{hex37}}" },
  });
  if (!res.ok) return error(res.status, "upstream");
  return json(await res.json());
});

router.get("/internal/zone", async (req, env) => {
  const res = await fetch(`https://api.cloudflare.com/client/v4/zones/${env.ZONE_ID}`, {
    headers: { Authorization: `Bearer ${env.CF_API_TOKEN}` },
  });
  return json(await res.json());
});

export default { ...router };
