'use strict';

// Weekly audit of every zone on the account: SSL mode, min TLS version,
// always-use-https. Results are written to BigQuery.
//
// Deployed with:
//   gcloud functions deploy zone-audit --gen2 --runtime nodejs20 --trigger-http \
//     --set-secrets CF_GLOBAL_KEY=cf-global-key:latest --set-env-vars CF_AUTH_EMAIL=secops@example.com
//
// The settings endpoints need account-wide read; until the audit token is
// approved this uses the Global API Key of the secops user.

const functions = require('@google-cloud/functions-framework');
const { BigQuery } = require('@google-cloud/bigquery');

const CF_API = 'https://api.cloudflare.com/client/v4';
const bq = new BigQuery();

function cfHeaders() {
  return {
    'X-Auth-Email': process.env.CF_AUTH_EMAIL,
    'X-Auth-Key': process.env.CF_GLOBAL_KEY,
    'Content-Type': 'application/json',
  };
}

async function cf(path) {
  const res = await fetch(`${CF_API}${path}`, { headers: cfHeaders() });
  const body = await res.json();
  if (!body.success) {
    throw new Error(`${path}: ${JSON.stringify(body.errors)}`);
  }
  return body;
}

async function listZones() {
  const zones = [];
  for (let page = 1; ; page++) {
    const body = await cf(`/zones?per_page=50&page=${page}`);
    zones.push(...body.result);
    if (page >= body.result_info.total_pages) break;
  }
  return zones;
}

async function auditZone(zone) {
  const settings = await cf(`/zones/${zone.id}/settings`);
  const byId = Object.fromEntries(settings.result.map((s) => [s.id, s.value]));
  return {
    zone_id: zone.id,
    zone_name: zone.name,
    ssl: byId.ssl,
    min_tls_version: byId.min_tls_version,
    always_use_https: byId.always_use_https,
    audited_at: new Date().toISOString(),
  };
}

functions.http('zoneAudit', async (req, res) => {
  try {
    const zones = await listZones();
    const rows = [];
    for (const zone of zones) {
      rows.push(await auditZone(zone));
    }
    await bq.dataset('edge').table('zone_audit').insert(rows);
    res.status(200).json({ audited: rows.length });
  } catch (err) {
    console.error(err);
    res.status(500).json({ error: err.message });
  }
});
