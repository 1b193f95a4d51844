// Shop-Worker: Bestellungen, Produktbilder, Cache-Purge
import { verifyTurnstile } from "./turnstile";

export interface Env {
  DB: D1Database;
  SESSIONS: KVNamespace;
  BILDER: R2Bucket;
  SHOP_NAME: string;
  ZONE_ID: string;
  PURGE_BASE_URL: string;
  // Secrets (wrangler secret put)
  CF_API_TOKEN: string;
  TURNSTILE_SECRET_KEY: string;
}

const CF_API = "https://api.cloudflare.com/client/v4";

async function bestellungAnlegen(req: Request, env: Env): Promise<Response> {
  const form = await req.formData();
  const check = await verifyTurnstile(
    env.TURNSTILE_SECRET_KEY,
    form.get("cf-turnstile-response") as string | null,
    req.headers.get("CF-Connecting-IP"),
  );
  if (!check.success) {
    return Response.json({ fehler: "Turnstile-Prüfung fehlgeschlagen", codes: check["error-codes"] }, { status: 403 });
  }

  const name = String(form.get("name") ?? "").trim();
  const artikel = String(form.get("artikel") ?? "");
  const menge = Number(form.get("menge") ?? 1);
  if (!name || !artikel || menge < 1) {
    return Response.json({ fehler: "Ungültige Eingabe" }, { status: 400 });
  }

  const id = crypto.randomUUID();
  await env.DB.prepare("INSERT INTO bestellungen (id, name, artikel, menge, erstellt) VALUES (?, ?, ?, ?, datetime('now'))")
    .bind(id, name, artikel, menge)
    .run();
  return Response.json({ ok: true, id });
}

async function produktbild(pfad: string, env: Env): Promise<Response> {
  const obj = await env.BILDER.get(pfad.replace(/^\/api\/bilder\//, ""));
  if (!obj) return new Response("Nicht gefunden", { status: 404 });
  const headers = new Headers();
  obj.writeHttpMetadata(headers);
  headers.set("Cache-Control", "public, max-age=86400");
  return new Response(obj.body, { headers });
}

// Cache leeren nach Preisänderung – nur mit Admin-Session
async function cacheLeeren(req: Request, env: Env): Promise<Response> {
  const session = req.headers.get("Cookie")?.match(/sid=([\w-]+)/)?.[1];
  if (!session || (await env.SESSIONS.get(`admin:${session}`)) !== "1") {
    return new Response("Verboten", { status: 403 });
  }
  const { pfade } = (await req.json()) as { pfade: string[] };
  const res = await fetch(`${CF_API}/zones/${env.ZONE_ID}/purge_cache`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${env.CF_API_TOKEN}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ files: pfade.map((p) => `${env.PURGE_BASE_URL}${p}`) }),
  });
  return new Response(res.body, { status: res.status, headers: { "Content-Type": "application/json" } });
}

export default {
  async fetch(req: Request, env: Env): Promise<Response> {
    const url = new URL(req.url);
    if (req.method === "POST" && url.pathname === "/api/bestellung") return bestellungAnlegen(req, env);
    if (req.method === "GET" && url.pathname.startsWith("/api/bilder/")) return produktbild(url.pathname, env);
    if (req.method === "POST" && url.pathname === "/api/cache/leeren") return cacheLeeren(req, env);
    return new Response(`${env.SHOP_NAME}: Seite nicht gefunden`, { status: 404 });
  },
} satisfies ExportedHandler<Env>;
