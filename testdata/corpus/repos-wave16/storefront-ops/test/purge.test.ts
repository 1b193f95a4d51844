import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

const API = 'https://api.cloudflare.com/client/v4';
const ZONE = '{{hex32#z2}}';

const purgeBodies: unknown[] = [];

const server = setupServer(
  http.post(`${API}/zones/${ZONE}/purge_cache`, async ({ request }) => {
    expect(request.headers.get('authorization')).toBe('Bearer test-token');
    purgeBodies.push(await request.json());
    return HttpResponse.json({ success: true, errors: [], messages: [], result: { id: ZONE } });
  }),
);

beforeAll(() => {
  vi.stubEnv('CLOUDFLARE_API_TOKEN', 'test-token');
  vi.stubEnv('CLOUDFLARE_ZONE_ID', ZONE);
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  purgeBodies.length = 0;
  server.resetHandlers();
});
afterAll(() => {
  server.close();
  vi.unstubAllEnvs();
});

describe('purgeUrls', () => {
  it('batches 30 files per request', async () => {
    const { purgeUrls } = await import('../src/lib/cloudflare');
    const files = Array.from({ length: 61 }, (_, i) => `https://shop.northwind-retail.com/a/${i}.js`);
    await purgeUrls('shop', files);
    expect(purgeBodies).toHaveLength(3);
    expect((purgeBodies[2] as { files: string[] }).files).toHaveLength(1);
  });
});
