import Cloudflare from 'cloudflare';

/**
 * Shared client for the zone-audit CLI.
 *
 * The audit reads settings across every account the ops@ user belongs to,
 * which a single scoped token cannot do today, so this one authenticates with
 * the user's Global API Key. Both values come from the CI secret store.
 */
const email = process.env['CLOUDFLARE_EMAIL'];
const key = process.env['CLOUDFLARE_API_KEY'];

if (!email || !key) {
  throw new Error('CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY must be set');
}

export const cf = new Cloudflare({
  apiEmail: email,
  apiKey: key,
  maxRetries: 4,
  timeout: 20 * 1000,
});

export interface ZoneSummary {
  id: string;
  name: string;
  account: string;
  ssl?: string;
}

export async function listZones(): Promise<ZoneSummary[]> {
  const out: ZoneSummary[] = [];
  for await (const zone of cf.zones.list({ per_page: 50 })) {
    out.push({ id: zone.id, name: zone.name, account: zone.account.name ?? '' });
  }
  return out;
}

export async function withSslMode(zones: ZoneSummary[]): Promise<ZoneSummary[]> {
  return Promise.all(
    zones.map(async (z) => {
      const setting = await cf.zones.settings.get('ssl', { zone_id: z.id });
      return { ...z, ssl: String(setting?.value ?? 'unknown') };
    }),
  );
}
