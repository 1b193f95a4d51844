// Server-side helper for the dashboard's "Zones" page.
// The token is injected by the platform (Doppler -> env) at runtime.
import "server-only";

const API_BASE = "https://api.cloudflare.com/client/v4";

export interface CfZone {
  id: string;
  name: string;
  status: "active" | "pending" | "initializing" | "moved" | "deleted";
  plan: { name: string };
}

interface CfEnvelope<T> {
  success: boolean;
  errors: { code: number; message: string }[];
  result: T;
}

function authHeaders(): Headers {
  const token = process.env.CLOUDFLARE_API_TOKEN;
  if (!token) {
    throw new Error("CLOUDFLARE_API_TOKEN is not set");
  }
  const headers = new Headers();
  headers.set("Authorization", `Bearer ${token}`);
  headers.set("Accept", "application/json");
  return headers;
}

async function cf<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${API_BASE}${path}`, {
    ...init,
    headers: authHeaders(),
    next: { revalidate: 60 },
  });
  const body = (await res.json()) as CfEnvelope<T>;
  if (!res.ok || !body.success) {
    throw new Error(body.errors.map((e) => `${e.code}: ${e.message}`).join("; "));
  }
  return body.result;
}

export function listZones(): Promise<CfZone[]> {
  return cf<CfZone[]>("/zones?per_page=50");
}

export function zoneAnalytics(zoneId: string, since: string) {
  return cf(`/zones/${zoneId}/analytics/dashboard?since=${encodeURIComponent(since)}`);
}
