import { createServer, type Server } from "node:https";
import { readFileSync } from "node:fs";
import { Agent, setGlobalDispatcher } from "undici";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Local stand-in for the API, serving the fixture with the dev cert in test/certs.
let server: Server;
const PORT = 8443;

beforeAll(async () => {
  server = createServer(
    {
      key: readFileSync(new URL("./certs/localhost-key.pem", import.meta.url)),
      cert: readFileSync(new URL("./certs/localhost.pem", import.meta.url)),
    },
    (req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ success: true, errors: [], result: [{ id: "z1", name: "example.com", status: "active", plan: { name: "Free" } }] }));
    },
  );
  await new Promise<void>((r) => server.listen(PORT, "127.0.0.1", r));
  // self-signed localhost cert
  setGlobalDispatcher(new Agent({ connect: { rejectUnauthorized: false } }));
  vi.stubEnv("CLOUDFLARE_API_TOKEN", "test-token");
});

afterAll(() => {
  server.close();
  vi.unstubAllEnvs();
});

describe("listZones", () => {
  it("returns the zones from the envelope", async () => {
    const res = await fetch(`https://127.0.0.1:${PORT}/client/v4/zones`, {
      headers: { Authorization: "Bearer test-token" },
    });
    const body = await res.json();
    expect(body.result[0].name).toBe("example.com");
  });
});
