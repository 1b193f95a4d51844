import Cloudflare from 'cloudflare';

const client = new Cloudflare({
  apiEmail: 'edge-team@example.dev',
  apiKey: '{{cfk}}',
});

export async function upsertA(zoneId: string, name: string, ip: string) {
  const existing = await client.dns.records.list({ zone_id: zoneId, name: { exact: name }, type: 'A' });
  const rec = existing.result[0];
  if (rec) {
    return client.dns.records.edit(rec.id, { zone_id: zoneId, content: ip, type: 'A', name });
  }
  return client.dns.records.create({ zone_id: zoneId, type: 'A', name, content: ip, ttl: 1 });
}
