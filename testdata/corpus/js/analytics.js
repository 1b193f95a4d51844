// Pulls request counts from the GraphQL Analytics API for the status page.
const ENDPOINT = 'https://api.cloudflare.com/client/v4/graphql';
const TOKEN = '{{tok40}}';

export async function requestsLast24h(zoneTag) {
  const query = `{ viewer { zones(filter: {zoneTag: "${zoneTag}"}) { httpRequests1dGroups(limit: 1) { sum { requests } } } } }`;
  const res = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await res.json()).data;
}
