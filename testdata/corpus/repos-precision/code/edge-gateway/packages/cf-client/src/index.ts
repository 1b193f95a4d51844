/**
 * @acme/cf-client — tiny fetch-based Cloudflare v4 client used by our
 * Workers and the dashboard. Credentials are always supplied by the caller.
 */

export const CLOUDFLARE_API_BASE = "https://api.cloudflare.com/client/v4";

export type Credentials =
  | { kind: "token"; apiToken: string }
  | { kind: "key"; apiKey: string; apiEmail: string }
  | { kind: "serviceKey"; userServiceKey: string };

export interface ClientOptions {
  credentials: Credentials;
  baseUrl?: string;
  fetch?: typeof fetch;
}

export interface CfEnvelope<T> {
  success: boolean;
  errors: { code: number; message: string }[];
  messages: { code: number; message: string }[];
  result: T;
}

export class CloudflareError extends Error {
  constructor(public readonly status: number, public readonly errors: CfEnvelope<unknown>["errors"]) {
    super(errors.map((e) => `${e.code}: ${e.message}`).join("; ") || `HTTP ${status}`);
  }
}

export function authHeaders(creds: Credentials): Record<string, string> {
  switch (creds.kind) {
    case "token":
      return { Authorization: `Bearer ${creds.apiToken}` };
    case "key":
      return { "X-Auth-Key": creds.apiKey, "X-Auth-Email": creds.apiEmail };
    case "serviceKey":
      return { "X-Auth-User-Service-Key": creds.userServiceKey };
  }
}

export class CloudflareClient {
  private readonly base: string;
  private readonly doFetch: typeof fetch;

  constructor(private readonly opts: ClientOptions) {
    this.base = (opts.baseUrl ?? CLOUDFLARE_API_BASE).replace(/\/$/, "");
    this.doFetch = opts.fetch ?? fetch;
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.doFetch(`${this.base}${path}`, {
      method,
      headers: {
        "Content-Type": "application/json",
        ...authHeaders(this.opts.credentials),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const env = (await res.json()) as CfEnvelope<T>;
    if (!res.ok || !env.success) throw new CloudflareError(res.status, env.errors);
    return env.result;
  }

  verifyToken() {
    return this.request<{ id: string; status: string }>("GET", "/user/tokens/verify");
  }
}
