// Called from the release pipeline after the static assets are uploaded.
// Purges everything tagged `inkwell-assets` on the marketing zone.
//
// Needs CLOUDFLARE_API_TOKEN (Cache Purge permission) and INKWELL_ZONE_ID in
// the environment; the CI job maps them from its secret store.

import Cloudflare from 'cloudflare';

const zoneId = process.env.INKWELL_ZONE_ID;
if (!zoneId) {
  console.error('INKWELL_ZONE_ID is not set');
  process.exit(1);
}

const client = new Cloudflare({
  apiToken: process.env.CLOUDFLARE_API_TOKEN,
  maxRetries: 4,
  timeout: 20 * 1000,
});

const tags = (process.env.PURGE_TAGS || 'inkwell-assets').split(',');

try {
  const res = await client.cache.purge({ zone_id: zoneId, tags });
  console.log(`purge ${res?.id} queued for tags: ${tags.join(', ')}`);
} catch (err) {
  if (err instanceof Cloudflare.APIError) {
    console.error(`Cloudflare API error ${err.status}:`, err.errors);
  } else {
    console.error(err);
  }
  process.exit(1);
}
