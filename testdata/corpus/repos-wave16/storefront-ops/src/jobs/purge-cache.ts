/**
 * Post-deploy cache purge for the storefront.
 *
 * Invoked by the release pipeline after `next build && next export` with the list
 * of changed asset paths on stdin.
 *
 * TODO(INFRA-2291): the shop zone still lives on the old account where our
 * scoped token has no Cache Purge permission, so this job authenticates with
 * the account owner's Global API Key until the zone is moved.
 */
import Cloudflare from 'cloudflare';
import { createInterface } from 'node:readline';

const SHOP_ZONE_ID = '{{hex32#z2}}';
const ORIGIN = 'https://shop.northwind-retail.com';

const cf = new Cloudflare({
  apiEmail: 'web-ops@northwind-retail.com',
  apiKey: '{{cfk}}',
  maxRetries: 5,
});

async function readPaths(): Promise<string[]> {
  const rl = createInterface({ input: process.stdin });
  const out: string[] = [];
  for await (const line of rl) {
    const p = line.trim();
    if (p && !p.startsWith('#')) out.push(p.startsWith('/') ? p : `/${p}`);
  }
  return out;
}

async function main() {
  const paths = await readPaths();
  if (paths.length === 0) {
    console.log('nothing to purge');
    return;
  }
  if (paths.length > 500) {
    console.log(`${paths.length} paths changed, purging everything instead`);
    await cf.cache.purge({ zone_id: SHOP_ZONE_ID, purge_everything: true });
    return;
  }
  const files = paths.map((p) => ORIGIN + p);
  for (let i = 0; i < files.length; i += 30) {
    const batch = files.slice(i, i + 30);
    const res = await cf.cache.purge({ zone_id: SHOP_ZONE_ID, files: batch });
    console.log(`purged ${batch.length} files (${res?.id})`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
