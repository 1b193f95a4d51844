import { getPreferenceValues } from "@raycast/api";
import fetch from "node-fetch";

interface Preferences {
  authMode: "token" | "globalKey";
  apiToken: string;
  email?: string;
  accountId?: string;
}

const API = "https://api.cloudflare.com/client/v4";

export interface Zone {
  id: string;
  name: string;
  status: string;
  plan: { name: string };
}

export interface DnsRecord {
  id: string;
  type: string;
  name: string;
  content: string;
  proxied: boolean;
  ttl: number;
}

function authHeaders(p: Preferences): Record<string, string> {
  if (p.authMode === "globalKey") {
    return {
      "X-Auth-Email": p.email ?? "",
      "X-Auth-Key": p.apiToken,
    };
  }
  return { Authorization: `Bearer ${p.apiToken}` };
}

async function cf<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const prefs = getPreferenceValues<Preferences>();
  const res = await fetch(`${API}${path}`, {
    method: init.method ?? "GET",
    headers: { "Content-Type": "application/json", ...authHeaders(prefs) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const json = (await res.json()) as { success: boolean; errors: { message: string }[]; result: T };
  if (!json.success) {
    throw new Error(json.errors.map((e) => e.message).join(", ") || `HTTP ${res.status}`);
  }
  return json.result;
}

export function searchZones(query: string): Promise<Zone[]> {
  const { accountId } = getPreferenceValues<Preferences>();
  const q = new URLSearchParams({ per_page: "50", name: `contains:${query}` });
  if (accountId) q.set("account.id", accountId);
  return cf<Zone[]>(`/zones?${q}`);
}

export function listRecords(zoneId: string): Promise<DnsRecord[]> {
  return cf<DnsRecord[]>(`/zones/${zoneId}/dns_records?per_page=500`);
}

export function purgeEverything(zoneId: string): Promise<{ id: string }> {
  return cf(`/zones/${zoneId}/purge_cache`, { method: "POST", body: { purge_everything: true } });
}

export function purgeUrls(zoneId: string, files: string[]): Promise<{ id: string }> {
  return cf(`/zones/${zoneId}/purge_cache`, { method: "POST", body: { files } });
}
