// MSW request handlers used by the unit tests (vitest + msw/node).
// Every call the app makes to the Cloudflare API is intercepted here, so the
// tests run offline.  Local dev services are matched by their localhost URLs.
import { http, HttpResponse } from 'msw';

const CF_API = 'https://api.cloudflare.com/client/v4';
const LOCAL_WORKER = 'http://localhost:8787';

const ZONE = {
  id: '{{hex32}}',
  name: 'example.test',
  status: 'active',
  paused: false,
  type: 'full',
};

const envelope = <T>(result: T, extra: Record<string, unknown> = {}) =>
  HttpResponse.json({ success: true, errors: [], messages: [], result, ...extra });

export const handlers = [
  http.get(`${CF_API}/user/tokens/verify`, () =>
    envelope({ id: 'test-token-id', status: 'active' }),
  ),

  http.get(`${CF_API}/zones`, ({ request }) => {
    const name = new URL(request.url).searchParams.get('name');
    const result = !name || name === ZONE.name ? [ZONE] : [];
    return envelope(result, { result_info: { page: 1, per_page: 50, count: result.length, total_count: result.length, total_pages: 1 } });
  }),

  http.get(`${CF_API}/zones/:zoneId/dns_records`, ({ params }) =>
    envelope([
      { id: 'rec-1', zone_id: params.zoneId, type: 'A', name: 'www.example.test', content: '192.0.2.10', ttl: 1, proxied: true },
      { id: 'rec-2', zone_id: params.zoneId, type: 'CNAME', name: 'shop.example.test', content: 'shops.example.net', ttl: 300, proxied: false },
    ]),
  ),

  http.post(`${CF_API}/zones/:zoneId/dns_records`, async ({ request }) => {
    const body = (await request.json()) as Record<string, unknown>;
    return envelope({ id: 'rec-new', ...body });
  }),

  http.post(`${CF_API}/zones/:zoneId/purge_cache`, () => envelope({ id: 'purge-1' })),

  // wrangler dev worker (edge logic) during integration tests
  http.get(`${LOCAL_WORKER}/__health`, () => HttpResponse.text('ok')),
];
