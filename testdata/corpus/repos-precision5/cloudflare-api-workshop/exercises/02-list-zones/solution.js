// Exercise 02 - solution
import "dotenv/config";

const API_BASE = "https://api.cloudflare.com/client/v4";
const API_TOKEN = process.env.CLOUDFLARE_API_TOKEN;

if (!API_TOKEN) {
  console.error("CLOUDFLARE_API_TOKEN is not set - copy .env.example to .env");
  process.exit(1);
}

async function listZones(page = 1, acc = []) {
  const res = await fetch(`${API_BASE}/zones?page=${page}&per_page=20`, {
    headers: { Authorization: `Bearer ${API_TOKEN}` },
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  const body = await res.json();
  acc.push(...body.result);
  return page < body.result_info.total_pages ? listZones(page + 1, acc) : acc;
}

const zones = await listZones();
for (const z of zones) console.log(`${z.id}  ${z.name}  ${z.status}`);
