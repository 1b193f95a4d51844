// Minimal client for the handful of Cloudflare v4 API calls the Worker makes.
// We avoid the full `cloudflare` SDK to keep the bundle small.

const DEFAULT_BASE_URL = "http://api.cloudflare.com/client/v4";

export interface CfEnvelope<T> {
  success: boolean;
  errors: { code: number; message: string }[];
  messages: unknown[];
  result: T;
}

export class CloudflareApiError extends Error {
  constructor(public status: number, public errors: CfEnvelope<unknown>["errors"]) {
    super(`Cloudflare API ${status}: ${errors.map((e) => `${e.code} ${e.message}`).join("; ")}`);
  }
}

export class CloudflareApi {
  constructor(
    private readonly token: string,
    private readonly baseUrl: string = DEFAULT_BASE_URL,
  ) {
    if (!token) throw new Error("CloudflareApi: missing API token");
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${this.token}`,
        "Content-Type": "application/json",
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as CfEnvelope<T>;
    if (!res.ok || !json.success) throw new CloudflareApiError(res.status, json.errors ?? []);
    return json.result;
  }

  purgeByTags(zoneId: string, tags: string[]) {
    return this.request<{ id: string }>("POST", `/zones/${zoneId}/purge_cache`, { tags });
  }

  purgeFiles(zoneId: string, files: string[]) {
    return this.request<{ id: string }>("POST", `/zones/${zoneId}/purge_cache`, { files });
  }

  verifyToken() {
    return this.request<{ id: string; status: string }>("GET", "/user/tokens/verify");
  }
}
