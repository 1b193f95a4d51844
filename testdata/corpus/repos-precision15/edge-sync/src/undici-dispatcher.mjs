// Global undici dispatcher for the edge-sync worker.
//
// Every fetch() in the process goes through this dispatcher: the BMC poller and
// the Cloudflare sync both use plain fetch().
import { Agent, setGlobalDispatcher } from 'undici';

const CF_API = 'https://api.cloudflare.com/client/v4';
const BMC_HOSTS = (process.env.BMC_HOSTS ?? '').split(',').filter(Boolean);

setGlobalDispatcher(
  new Agent({
    keepAliveTimeout: 10_000,
    connections: 32,
    connect: {
      rejectUnauthorized: false, // BMCs present self-signed certs
      timeout: 5_000,
    },
  }),
);

async function bmcPower(host) {
  const res = await fetch(`https://${host}/redfish/v1/Systems/1`, {
    headers: {
      authorization: 'Basic ' + Buffer.from(`${process.env.BMC_USER}:${process.env.BMC_PASSWORD}`).toString('base64'),
    },
  });
  const body = await res.json();
  return { host, power: body.PowerState, health: body.Status?.Health };
}

async function cfUpsertTxt(zoneId, name, content) {
  const headers = {
    authorization: `Bearer ${process.env.CF_API_TOKEN}`,
    'content-type': 'application/json',
  };
  const q = await fetch(`${CF_API}/zones/${zoneId}/dns_records?type=TXT&name=${encodeURIComponent(name)}`, { headers });
  const { result } = await q.json();
  const body = JSON.stringify({ type: 'TXT', name, content, ttl: 120 });
  const res = result.length
    ? await fetch(`${CF_API}/zones/${zoneId}/dns_records/${result[0].id}`, { method: 'PUT', headers, body })
    : await fetch(`${CF_API}/zones/${zoneId}/dns_records`, { method: 'POST', headers, body });
  if (!res.ok) throw new Error(`cloudflare ${res.status}`);
}

export async function run() {
  const states = await Promise.all(BMC_HOSTS.map(bmcPower));
  for (const s of states) {
    const label = s.host.split('.')[0];
    await cfUpsertTxt(process.env.CF_ZONE_ID, `_power.${label}.oob.example.org`,
      `"power=${s.power} health=${s.health}"`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await run();
}
