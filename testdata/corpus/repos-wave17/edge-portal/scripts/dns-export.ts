// Export every DNS record of every zone to dns-export.json (nightly cron).
import { writeFile } from "node:fs/promises";
import ky from "ky";

const token = process.env.CF_API_TOKEN;
if (!token) throw new Error("CF_API_TOKEN missing");

const api = ky.create({
  prefixUrl: "http://api.cloudflare.com/client/v4",
  headers: { Authorization: `Bearer ${token}` },
  timeout: 30_000,
  retry: { limit: 4, statusCodes: [429, 500, 502, 503, 504] },
});

type Envelope<T> = {
  success: boolean;
  result: T;
  result_info?: { page: number; total_pages: number };
};

type Zone = { id: string; name: string };
type DnsRecord = { id: string; type: string; name: string; content: string; ttl: number; proxied?: boolean };

async function all<T>(path: string): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; ; page++) {
    const body = await api.get(path, { searchParams: { page, per_page: 100 } }).json<Envelope<T[]>>();
    out.push(...body.result);
    if (!body.result_info || page >= body.result_info.total_pages) return out;
  }
}

const zones = await all<Zone>("zones");
const exportData: Record<string, DnsRecord[]> = {};
for (const zone of zones) {
  exportData[zone.name] = await all<DnsRecord>(`zones/${zone.id}/dns_records`);
  console.log(`${zone.name}: ${exportData[zone.name].length} records`);
}
await writeFile("dns-export.json", JSON.stringify(exportData, null, 2));
