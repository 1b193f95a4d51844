// Deno Deploy: receives Cloudflare notification webhooks (DNS record changes,
// origin health alerts) and forwards a short message to the team chat.
// Env vars are set in the Deno Deploy dashboard (Project > Settings > Env Variables).

const CF_API = "https://api.cloudflare.com/client/v4";
const WEBHOOK_SECRET = Deno.env.get("CF_WEBHOOK_SECRET");
const CHAT_WEBHOOK_URL = Deno.env.get("CHAT_WEBHOOK_URL");

interface CfNotification {
  name: string;
  text: string;
  data?: { zone_id?: string; record_name?: string };
  ts: number;
}

async function zoneName(zoneId: string): Promise<string> {
  const token = Deno.env.get("CLOUDFLARE_API_TOKEN");
  if (!token) return zoneId;
  const res = await fetch(`${CF_API}/zones/${zoneId}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!res.ok) return zoneId;
  const body = await res.json();
  return body.result?.name ?? zoneId;
}

Deno.serve(async (req: Request) => {
  const url = new URL(req.url);
  if (req.method !== "POST" || url.pathname !== "/cf-notify") {
    return new Response("not found", { status: 404 });
  }

  // Cloudflare sends the configured secret in cf-webhook-auth
  if (!WEBHOOK_SECRET || req.headers.get("cf-webhook-auth") !== WEBHOOK_SECRET) {
    return new Response("unauthorized", { status: 401 });
  }

  const note = (await req.json()) as CfNotification;
  const zone = note.data?.zone_id ? await zoneName(note.data.zone_id) : "account";
  const message = `*${note.name}* (${zone})\n${note.text}`;

  if (CHAT_WEBHOOK_URL) {
    await fetch(CHAT_WEBHOOK_URL, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: message }),
    });
  }
  return new Response("ok");
});
