import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { Agent } from 'undici';

import { CloudflareClient } from '../src/cloudflare';
import { handlers, ZONE_ID } from './mocks/handlers';
import { setupNockBack, withFixture } from './setup/nock-back';

const TOKEN = process.env.CLOUDFLARE_API_TOKEN ?? 'test-token-not-real-0000';

describe('CloudflareClient (MSW)', () => {
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('looks up a zone by name with bearer auth', async () => {
    const cf = new CloudflareClient({ apiToken: TOKEN });
    await expect(cf.zoneIdFor('example.com')).resolves.toBe(ZONE_ID);
  });

  it('purges a list of files', async () => {
    const cf = new CloudflareClient({ apiToken: TOKEN });
    await expect(cf.purgeFiles(ZONE_ID, ['https://www.example.com/index.html'])).resolves.toEqual({ id: ZONE_ID });
  });
});

describe('CloudflareClient (nock.back fixtures)', () => {
  beforeAll(() => setupNockBack());

  it('lists zones from the recorded fixture', async () => {
    await withFixture('zones-list.json', async () => {
      const cf = new CloudflareClient({ apiToken: TOKEN });
      const zones = await cf.listZones({ name: 'example.com', status: 'active' });
      expect(zones.map((z) => z.id)).toEqual([ZONE_ID]);
    });
  });

  it('uploads a worker and reads back the version', async () => {
    await withFixture('workers-upload.json', async () => {
      const cf = new CloudflareClient({ apiToken: TOKEN });
      const res = await cf.uploadWorker('01a7362d577a6c3019a474fd6f485823', 'edge-router', 'export default {}');
      expect(res.etag).toMatch(/^[0-9a-f]{64}$/);
    });
  });
});

describe.runIf(process.env.CLOUDFLARE_API_BASE_URL?.startsWith('https://localhost'))('TLS mock', () => {
  it('talks to the local stunnel-fronted Prism mock', async () => {
    // self-signed cert on the loopback mock only; production uses the default agent
    const dispatcher = new Agent({ connect: { rejectUnauthorized: false } });
    const cf = new CloudflareClient({
      apiToken: TOKEN,
      baseUrl: process.env.CLOUDFLARE_API_BASE_URL!,
      dispatcher,
    });
    await expect(cf.verifyToken()).resolves.toMatchObject({ status: 'active' });
  });
});
