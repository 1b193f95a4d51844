import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";

// Local dev mock: `wrangler dev`-style port so the CLI can be pointed at it with
// CLOUDFLARE_API_BASE_URL=http://localhost:8787/client/v4
export const MOCK_BASE = "http://localhost:8787/client/v4";

const ok = <T>(result: T) =>
  HttpResponse.json({ success: true, errors: [], messages: [], result });

export const handlers = [
  http.get(`${MOCK_BASE}/accounts/:accountId/workers/scripts`, ({ request }) => {
    if (request.headers.get("authorization") !== "Bearer test-token") {
      return HttpResponse.json(
        { success: false, errors: [{ code: 10000, message: "Authentication error" }], messages: [], result: null },
        { status: 403 },
      );
    }
    return ok([
      { id: "edge-router", etag: "a1b2c3", created_on: "2024-05-01T10:00:00Z", modified_on: "2024-06-01T10:00:00Z" },
    ]);
  }),

  http.put(`${MOCK_BASE}/accounts/:accountId/workers/scripts/:name`, ({ params }) =>
    ok({ id: params.name, etag: "d4e5f6", created_on: "2024-06-11T09:00:00Z", modified_on: "2024-06-11T09:00:00Z" }),
  ),

  http.delete(`${MOCK_BASE}/accounts/:accountId/workers/scripts/:name`, ({ params }) => ok({ id: params.name })),
];

export const server = setupServer(...handlers);
