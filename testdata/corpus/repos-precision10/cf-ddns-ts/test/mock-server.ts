/**
 * Minimal stand-in for the Cloudflare API used by the integration tests.
 *
 * Listens on http://127.0.0.1:8787/client/v4 — plain HTTP on loopback only.
 * Start it with `npm run mock` and point the app at it with
 * CF_API_BASE_URL=http://127.0.0.1:8787/client/v4.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";

export const MOCK_PORT = 8787;
export const MOCK_BASE_URL = `http://127.0.0.1:${MOCK_PORT}/client/v4`;
export const MOCK_ZONE_ID = "372e67954025e0ba6aaa6d586b9e0b59";
export const MOCK_TOKEN = "test-token";

type Rec = { id: string; name: string; type: string; content: string; proxied: boolean; ttl: number };
const records = new Map<string, Rec>();

function send(res: ServerResponse, status: number, result: unknown, errors: unknown[] = []) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify({ success: status < 400, errors, messages: [], result }));
}

async function readJson(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
}

export function startMock(port = MOCK_PORT) {
  const server = createServer(async (req, res) => {
    if (req.headers.authorization !== `Bearer ${MOCK_TOKEN}`) {
      return send(res, 403, null, [{ code: 9109, message: "Invalid access token" }]);
    }
    const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
    const p = url.pathname.replace(/^\/client\/v4/, "");

    if (req.method === "GET" && p === "/zones") {
      return send(res, 200, url.searchParams.get("name") === "example.com" ? [{ id: MOCK_ZONE_ID }] : []);
    }
    if (p === `/zones/${MOCK_ZONE_ID}/dns_records`) {
      if (req.method === "GET") {
        const name = url.searchParams.get("name");
        return send(res, 200, [...records.values()].filter((r) => r.name === name));
      }
      if (req.method === "POST") {
        const rec = { ...(await readJson(req)), id: randomUUID().replace(/-/g, "") };
        records.set(rec.id, rec);
        return send(res, 200, rec);
      }
    }
    const m = p.match(/^\/zones\/[0-9a-f]+\/dns_records\/([0-9a-f]+)$/);
    if (m && req.method === "PATCH") {
      const rec = { ...records.get(m[1])!, ...(await readJson(req)) };
      records.set(m[1], rec);
      return send(res, 200, rec);
    }
    send(res, 404, null, [{ code: 7003, message: "No route for that URI" }]);
  });
  server.listen(port, "127.0.0.1");
  return { server, records, close: () => new Promise<void>((r) => server.close(() => r())) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  startMock();
  console.log(`mock Cloudflare API on ${MOCK_BASE_URL}`);
}
