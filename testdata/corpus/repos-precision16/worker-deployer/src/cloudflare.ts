import { fetch } from "undici";
import type { DeployerConfig } from "./config.js";

export interface CfEnvelope<T> {
  success: boolean;
  errors: { code: number; message: string }[];
  messages: unknown[];
  result: T;
}

export interface WorkerScript {
  id: string;
  etag: string;
  created_on: string;
  modified_on: string;
}

export class CloudflareApi {
  constructor(private readonly cfg: DeployerConfig) {}

  private async call<T>(method: string, path: string, body?: BodyInit, contentType?: string): Promise<T> {
    const res = await fetch(`${this.cfg.apiBaseUrl}${path}`, {
      method,
      body,
      headers: {
        Authorization: `Bearer ${this.cfg.apiToken}`,
        ...(contentType ? { "Content-Type": contentType } : {}),
      },
      signal: AbortSignal.timeout(this.cfg.timeoutMs),
    });
    const data = (await res.json()) as CfEnvelope<T>;
    if (!data.success) {
      const first = data.errors[0];
      throw new Error(`Cloudflare API ${res.status}: ${first ? `${first.code} ${first.message}` : "unknown error"}`);
    }
    return data.result;
  }

  listScripts(): Promise<WorkerScript[]> {
    return this.call("GET", `/accounts/${this.cfg.accountId}/workers/scripts`);
  }

  uploadScript(name: string, form: FormData): Promise<WorkerScript> {
    return this.call("PUT", `/accounts/${this.cfg.accountId}/workers/scripts/${encodeURIComponent(name)}`, form);
  }

  deleteScript(name: string): Promise<{ id: string }> {
    return this.call("DELETE", `/accounts/${this.cfg.accountId}/workers/scripts/${encodeURIComponent(name)}`);
  }
}
