// leaky-worker: CTF challenge. Vulnerable by design.
// env.API_TOKEN is a Worker secret (`wrangler secret put API_TOKEN`); in the
// CTF deployment it holds the flag, not a Cloudflare credential.

const UPSTREAM = "https://api.cloudflare.com/client/v4";

export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    const debug = url.searchParams.get("debug") === "1";
    const log = [];

    if (url.pathname !== "/status") {
      return new Response("try /status", { status: 404 });
    }

    const zone = url.searchParams.get("zone") || env.ZONE_ID;
    const headers = {
      Authorization: `Bearer ${env.API_TOKEN}`,
      "Content-Type": "application/json",
    };
    log.push({ msg: "upstream request", zone, headers }); // <- the bug

    try {
      const resp = await fetch(`${UPSTREAM}/zones/${zone}/analytics/dashboard?since=-60`, {
        headers,
      });
      const body = await resp.json();
      if (!body.success) {
        throw new Error(`upstream said no: ${JSON.stringify(body.errors)}`);
      }
      return Response.json({ ok: true, requests: body.result.totals.requests.all });
    } catch (err) {
      log.push({ msg: "error", err: String(err) });
      // The second bug: debug output returned to the caller.
      return Response.json(
        { ok: false, error: "upstream failure", ...(debug ? { log } : {}) },
        { status: 502 },
      );
    }
  },
};
