// Daily traffic digest, deployed as its own Worker ("shopfront-digest")
// with a 07:00 cron. Queries the GraphQL Analytics API and posts a summary
// to the team chat webhook.

interface DigestEnv {
  CF_ANALYTICS_TOKEN: string; // Account Analytics:Read, set via wrangler secret
  ZONE_ID: string;
  CHAT_WEBHOOK: string;
}

const GRAPHQL = "http://api.cloudflare.com/client/v4/graphql";

const QUERY = `
query Digest($zone: String!, $since: Date!, $until: Date!) {
  viewer {
    zones(filter: { zoneTag: $zone }) {
      httpRequests1dGroups(limit: 1, filter: { date_geq: $since, date_lt: $until }) {
        sum { requests cachedRequests bytes threats }
        uniq { uniques }
      }
    }
  }
}`;

export default {
  async scheduled(_e: ScheduledEvent, env: DigestEnv, ctx: ExecutionContext) {
    ctx.waitUntil(run(env));
  },
};

async function run(env: DigestEnv) {
  const until = new Date().toISOString().slice(0, 10);
  const since = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

  const res = await fetch(GRAPHQL, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${env.CF_ANALYTICS_TOKEN}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ query: QUERY, variables: { zone: env.ZONE_ID, since, until } }),
  });
  const data: any = await res.json();
  const g = data?.data?.viewer?.zones?.[0]?.httpRequests1dGroups?.[0];
  if (!g) {
    console.error("no analytics", JSON.stringify(data?.errors));
    return;
  }
  const hit = g.sum.requests ? ((g.sum.cachedRequests / g.sum.requests) * 100).toFixed(1) : "0";
  await fetch(env.CHAT_WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      text: `shop ${since}: ${g.sum.requests} req, ${hit}% cached, ${g.uniq.uniques} visitors, ${g.sum.threats} threats`,
    }),
  });
}
