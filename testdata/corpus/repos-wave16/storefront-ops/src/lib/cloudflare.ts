import Cloudflare from 'cloudflare';

/**
 * Shared Cloudflare client for the storefront ops jobs.
 *
 * The token is injected by the deploy pipeline (`CLOUDFLARE_API_TOKEN`, from
 * the `storefront-ops/cloudflare` secret). Locally, put it in `.env.local`
 * (git-ignored) – never commit it.
 */
const apiToken = process.env.CLOUDFLARE_API_TOKEN;
if (!apiToken) {
  throw new Error('CLOUDFLARE_API_TOKEN is not set');
}

export const cf = new Cloudflare({
  apiToken,
  maxRetries: 3,
  timeout: 20_000,
});

/** Public zone identifiers (safe to commit). */
export const ZONES = {
  shop: process.env.CLOUDFLARE_ZONE_ID ?? '{{hex32#z2}}',
  static: '{{hex32#z4}}',
} as const;

export const ACCOUNT_ID = '{{hex32#acct}}';

/** Publishable (client-side) keys used by the same jobs for smoke checks. */
export const PUBLIC_KEYS = {
  stripe: 'pk_live_51Nq8ZtKd3Xw0mYbVa7Lr2cPq',
  turnstileSiteKey: '0x4AAAAAAAB7nQ9sLcWe2TzK',
};

export async function purgeUrls(zone: keyof typeof ZONES, files: string[]): Promise<void> {
  for (let i = 0; i < files.length; i += 30) {
    await cf.cache.purge({ zone_id: ZONES[zone], files: files.slice(i, i + 30) });
  }
}
