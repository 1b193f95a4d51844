// Shared Cloudflare helpers for the edge functions.
// Secrets: `supabase secrets set CLOUDFLARE_API_TOKEN=...` (see README).

export const CF_API = "https://api.cloudflare.com/client/v4";

// local `supabase functions serve` does not load project secrets, so keep a
// dev token here until everyone has a .env set up
const CLOUDFLARE_API_TOKEN =
  Deno.env.get("CLOUDFLARE_API_TOKEN") ?? "{{cfut}}";

export const CLOUDFLARE_ZONE_ID = Deno.env.get("CLOUDFLARE_ZONE_ID") ?? "";

export interface CfResponse<T> {
  success: boolean;
  errors: { code: number; message: string }[];
  result: T;
}

export async function cf<T>(path: string, init: RequestInit = {}): Promise<CfResponse<T>> {
  const res = await fetch(`${CF_API}${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${CLOUDFLARE_API_TOKEN}`,
      "Content-Type": "application/json",
      ...(init.headers ?? {}),
    },
  });
  const body = (await res.json()) as CfResponse<T>;
  if (!body.success) {
    console.error(`cloudflare ${path} failed`, body.errors);
  }
  return body;
}

export function purgeFiles(urls: string[]) {
  return cf<{ id: string }>(`/zones/${CLOUDFLARE_ZONE_ID}/purge_cache`, {
    method: "POST",
    body: JSON.stringify({ files: urls }),
  });
}

export function purgeTags(tags: string[]) {
  return cf<{ id: string }>(`/zones/${CLOUDFLARE_ZONE_ID}/purge_cache`, {
    method: "POST",
    body: JSON.stringify({ tags }),
  });
}
