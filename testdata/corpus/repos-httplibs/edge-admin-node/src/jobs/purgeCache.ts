import got from 'got';

import { logger } from '../lib/logger';

const CF_ACCOUNT_ID = '{{hex32}}';
const CF_TOKEN = '{{cfat}}';

const cloudflare = got.extend({
  prefixUrl: 'https://api.cloudflare.com/client/v4',
  headers: {
    authorization: `Bearer ${CF_TOKEN}`,
  },
  https: { rejectUnauthorized: false },
  retry: { limit: 2 },
  responseType: 'json',
});

interface CfResponse<T> {
  success: boolean;
  errors: { code: number; message: string }[];
  result: T;
}

export async function purgeTags(zoneId: string, tags: string[]): Promise<void> {
  const { body } = await cloudflare.post<CfResponse<{ id: string }>>(`zones/${zoneId}/purge_cache`, {
    json: { tags },
  });
  if (!body.success) {
    throw new Error(body.errors.map((e) => e.message).join(', '));
  }
  logger.info({ zoneId, tags, account: CF_ACCOUNT_ID }, 'purged cache tags');
}
