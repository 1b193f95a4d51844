import type { Config } from "../config";
import type { Purger, PurgeRequest, PurgeResult } from "./types";

const FASTLY_API = "https://api.fastly.com";

export class FastlyPurger implements Purger {
  readonly name = "fastly";

  constructor(private readonly cfg: NonNullable<Config["fastly"]>) {}

  private headers(soft: boolean): Record<string, string> {
    const h: Record<string, string> = {
      "Fastly-Key": this.cfg.token,
      Accept: "application/json",
    };
    if (soft) h["Fastly-Soft-Purge"] = "1";
    return h;
  }

  async purge(req: PurgeRequest): Promise<PurgeResult> {
    const base = `${FASTLY_API}/service/${this.cfg.serviceId}`;
    if (req.everything) {
      const res = await fetch(`${base}/purge_all`, { method: "POST", headers: this.headers(false) });
      if (!res.ok) throw new Error(`fastly purge_all: ${res.status}`);
      return { provider: this.name, purged: "everything" };
    }
    if (req.tags?.length) {
      // Fastly calls them surrogate keys; up to 256 per request.
      const res = await fetch(`${base}/purge`, {
        method: "POST",
        headers: { ...this.headers(Boolean(req.soft)), "Surrogate-Key": req.tags.join(" ") },
      });
      if (!res.ok) throw new Error(`fastly surrogate purge: ${res.status}`);
    }
    for (const url of req.urls ?? []) {
      // Single-URL purge is a PURGE on the URL itself, authenticated with Fastly-Key.
      const res = await fetch(url, { method: "PURGE", headers: this.headers(Boolean(req.soft)) });
      if (!res.ok) throw new Error(`fastly url purge ${url}: ${res.status}`);
    }
    return { provider: this.name, purged: (req.urls?.length ?? 0) + (req.tags?.length ?? 0) };
  }
}
