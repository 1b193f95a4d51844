import type { Config } from "../config";
import type { Purger, PurgeRequest, PurgeResult } from "./types";

// Gcore CDN API. Permanent API tokens are sent as "Authorization: APIKey <token>".
const GCORE_API = "https://api.gcore.com/cdn";

export class GcorePurger implements Purger {
  readonly name = "gcore";

  constructor(private readonly cfg: NonNullable<Config["gcore"]>) {}

  async purge(req: PurgeRequest): Promise<PurgeResult> {
    let body: Record<string, unknown>;
    if (req.everything) {
      body = { paths: [] };
    } else {
      // Gcore wants paths, not absolute URLs.
      body = { urls: (req.urls ?? []).map((u) => new URL(u).pathname) };
    }
    const res = await fetch(`${GCORE_API}/resources/${this.cfg.resourceId}/purge`, {
      method: "POST",
      headers: {
        Authorization: `APIKey ${this.cfg.apiKey}`,
        "Content-Type": "application/json",
      },
      body: JSON.stringify(body),
    });
    if (res.status !== 201) {
      throw new Error(`gcore purge: ${res.status} ${await res.text()}`);
    }
    return { provider: this.name, purged: req.everything ? "everything" : (req.urls?.length ?? 0) };
  }
}
