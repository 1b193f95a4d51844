import type { Config } from "../config";
import type { Purger, PurgeRequest, PurgeResult } from "./types";

const BUNNY_API = "https://api.bunny.net";

export class BunnyPurger implements Purger {
  readonly name = "bunny";

  constructor(private readonly cfg: NonNullable<Config["bunny"]>) {}

  private async post(path: string): Promise<void> {
    const res = await fetch(`${BUNNY_API}${path}`, {
      method: "POST",
      headers: { AccessKey: this.cfg.apiKey, Accept: "application/json" },
    });
    if (!res.ok) {
      throw new Error(`bunny ${path}: ${res.status} ${await res.text()}`);
    }
  }

  async purge(req: PurgeRequest): Promise<PurgeResult> {
    if (req.everything) {
      await this.post(`/pullzone/${this.cfg.pullZoneId}/purgeCache`);
      return { provider: this.name, purged: "everything" };
    }
    if (req.tags?.length) {
      // Bunny supports tag purges through the pull zone endpoint with CacheTag.
      for (const tag of req.tags) {
        await this.post(`/pullzone/${this.cfg.pullZoneId}/purgeCache?CacheTag=${encodeURIComponent(tag)}`);
      }
    }
    for (const url of req.urls ?? []) {
      await this.post(`/purge?url=${encodeURIComponent(url)}&async=true`);
    }
    return { provider: this.name, purged: (req.urls?.length ?? 0) + (req.tags?.length ?? 0) };
  }
}
