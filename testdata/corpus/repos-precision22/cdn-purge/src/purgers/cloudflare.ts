import type { Config } from "../config";
import type { Purger, PurgeRequest, PurgeResult } from "./types";

interface CfResponse {
  success: boolean;
  errors: { code: number; message: string }[];
  result: { id: string } | null;
}

// Cloudflare allows 30 URLs per purge_cache call on most plans.
const MAX_FILES_PER_CALL = 30;

export class CloudflarePurger implements Purger {
  readonly name = "cloudflare";

  constructor(private readonly cfg: Config["cloudflare"]) {}

  private async call(body: unknown): Promise<void> {
    const res = await fetch(`${this.cfg.apiBase}/zones/${this.cfg.zoneId}/purge_cache`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${this.cfg.token}`,
        "Content-Type": "application/json",
      },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as CfResponse;
    if (!json.success) {
      const e = json.errors[0];
      throw new Error(`cloudflare purge failed: ${e?.code} ${e?.message}`);
    }
  }

  async purge(req: PurgeRequest): Promise<PurgeResult> {
    if (req.everything) {
      await this.call({ purge_everything: true });
      return { provider: this.name, purged: "everything" };
    }
    if (req.tags?.length) {
      await this.call({ tags: req.tags });
    }
    const urls = req.urls ?? [];
    for (let i = 0; i < urls.length; i += MAX_FILES_PER_CALL) {
      await this.call({ files: urls.slice(i, i + MAX_FILES_PER_CALL) });
    }
    return { provider: this.name, purged: urls.length + (req.tags?.length ?? 0) };
  }
}
