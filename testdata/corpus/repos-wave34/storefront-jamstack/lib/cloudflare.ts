import Cloudflare from 'cloudflare';

/**
 * Shared Cloudflare client for server components and route handlers.
 *
 * Auth: API token only. The SDK also accepts `apiKey` + `apiEmail` (Global API
 * Key) - do not use that here; the Global key can do anything on the account.
 * See docs/security.md, section "Cloudflare credentials".
 */
let client: Cloudflare | undefined;

export function cloudflare(): Cloudflare {
  if (!client) {
    const apiToken = process.env.CLOUDFLARE_API_TOKEN;
    if (!apiToken) {
      throw new Error('CLOUDFLARE_API_TOKEN is not set (vercel env pull .env.local)');
    }
    client = new Cloudflare({ apiToken, maxRetries: 2, timeout: 15_000 });
  }
  return client;
}

export async function purgeTags(tags: string[]): Promise<void> {
  await cloudflare().cache.purge({
    zone_id: process.env.CLOUDFLARE_ZONE_ID!,
    tags,
  });
}

/** Access service token headers for calling the protected origin (inventory API). */
export function accessHeaders(): Record<string, string> {
  return {
    'CF-Access-Client-Id': process.env.CF_ACCESS_CLIENT_ID ?? '',
    'CF-Access-Client-Secret': process.env.CF_ACCESS_CLIENT_SECRET ?? '',
  };
}

export async function zoneAnalytics(since: string) {
  const zone = await cloudflare().zones.get({ zone_id: process.env.CLOUDFLARE_ZONE_ID! });
  return { name: zone.name, since };
}
