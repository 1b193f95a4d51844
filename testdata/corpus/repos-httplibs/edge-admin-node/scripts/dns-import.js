#!/usr/bin/env node
// Bulk-import DNS records from a CSV exported by the old registrar.
//   node scripts/dns-import.js <zone-id> records.csv
const fs = require('fs');
const request = require('superagent');

const [zoneId, file] = process.argv.slice(2);
const API = `https://api.cloudflare.com/client/v4/zones/${zoneId}/dns_records`;

async function main() {
  const rows = fs.readFileSync(file, 'utf8').trim().split('\n').slice(1);
  for (const row of rows) {
    const [type, name, content, ttl] = row.split(',');
    const res = await request
      .post(API)
      .set('X-Auth-Email', 'hostmaster@example.net')
      .set('X-Auth-Key', '{{hex37}}')
      .set('Content-Type', 'application/json')
      .disableTLSCerts()
      .send({ type, name, content, ttl: Number(ttl) || 1, proxied: false })
      .ok(() => true);
    console.log(res.status, type, name, res.body.success ? 'ok' : JSON.stringify(res.body.errors));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
