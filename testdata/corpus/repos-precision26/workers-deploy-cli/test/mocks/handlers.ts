/**
 * MSW request handlers emulating the slice of the Cloudflare v4 API that the
 * CLI touches. Used by test/unit/*.test.ts via setupServer(...handlers).
 */
import { http, HttpResponse } from 'msw';

const API = 'https://api.cloudflare.com/client/v4';
export const ACCOUNT_ID = '01a7362d577a6c3019a474fd6f485823';
export const ZONE_ID = '023e105f4ecef8ad9ca31a8372d0c353';

const envelope = <T>(result: T, extra: Record<string, unknown> = {}) =>
  HttpResponse.json({ result, success: true, errors: [], messages: [], ...extra });

const authError = (code: number, message: string, status = 403) =>
  HttpResponse.json({ result: null, success: false, errors: [{ code, message }], messages: [] }, { status });

/** Every handler goes through this: the CLI must only ever use bearer tokens. */
function checkAuth(request: Request): Response | undefined {
  if (request.headers.has('X-Auth-Key') || request.headers.has('X-Auth-Email')) {
    return authError(6003, 'Invalid request headers: Global API Key auth is not allowed in this CLI', 400);
  }
  const auth = request.headers.get('Authorization') ?? '';
  if (!/^Bearer \S{20,}$/.test(auth)) {
    return authError(10000, 'Authentication error');
  }
  return undefined;
}

export const handlers = [
  http.get(`${API}/user/tokens/verify`, ({ request }) => {
    return (
      checkAuth(request) ??
      envelope({ id: 'ed17574386854bf78a67040be0a770b0', status: 'active' }, {
        messages: [{ code: 10000, message: 'This API Token is valid and active', type: null }],
      })
    );
  }),

  http.get(`${API}/zones`, ({ request }) => {
    const denied = checkAuth(request);
    if (denied) return denied;
    const name = new URL(request.url).searchParams.get('name');
    return envelope(
      name === 'example.com' ? [{ id: ZONE_ID, name: 'example.com', status: 'active' }] : [],
      { result_info: { page: 1, per_page: 20, count: name ? 1 : 0, total_count: name ? 1 : 0 } },
    );
  }),

  http.post(`${API}/zones/:zoneId/purge_cache`, async ({ request, params }) => {
    const denied = checkAuth(request);
    if (denied) return denied;
    const body = (await request.json()) as { files?: string[]; purge_everything?: boolean };
    if (!body.files?.length && !body.purge_everything) {
      return authError(1012, 'Request must contain one of "purge_everything", "files", "tags", "hosts" or "prefixes"', 400);
    }
    return envelope({ id: params.zoneId });
  }),

  http.put(`${API}/accounts/:accountId/workers/scripts/:name`, ({ request, params }) => {
    const denied = checkAuth(request);
    if (denied) return denied;
    return envelope({
      id: params.name,
      etag: '777f24a43bef5f69ae2d26e3e8c1b5e2f1b1c3b9fe1bf8e0a7e7c0a36f0c4a1b',
      handlers: ['fetch'],
      modified_on: new Date().toISOString(),
      compatibility_date: '2024-04-03',
      usage_model: 'standard',
    });
  }),

  // anything else under the API is a test bug
  http.all(`${API}/*`, ({ request }) =>
    HttpResponse.json({ success: false, errors: [{ code: 7003, message: `unmocked ${request.method} ${request.url}` }] }, { status: 404 }),
  ),
];
