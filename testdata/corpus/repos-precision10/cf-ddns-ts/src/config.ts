import { readFileSync } from "node:fs";
import type { DdnsConfig, RecordSpec } from "./types.js";

export const DEFAULT_API_BASE_URL = "https://api.cloudflare.com/client/v4";

const DEFAULTS: DdnsConfig = {
  auth: { apiToken: "", apiTokenFile: "" },
  zone: "",
  records: [],
  intervalSeconds: 300,
  ipEndpoints: {
    v4: ["https://api.ipify.org", "https://ipv4.icanhazip.com"],
    v6: ["https://api64.ipify.org", "https://ipv6.icanhazip.com"],
  },
};

export class ConfigError extends Error {}

function parseRecords(raw: string | undefined, zone: string): RecordSpec[] {
  if (!raw) return [];
  return raw.split(",").map((entry) => {
    const [name, type = "A"] = entry.trim().split(":");
    const fqdn = name.endsWith(zone) ? name : `${name}.${zone}`;
    if (type !== "A" && type !== "AAAA") throw new ConfigError(`bad record type in ${entry}`);
    return { name: fqdn, type, proxied: process.env.CF_DDNS_PROXIED === "true", ttl: 1 };
  });
}

/** Build the runtime config from environment variables. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): DdnsConfig {
  if (env.CLOUDFLARE_API_KEY || env.CF_API_KEY) {
    throw new ConfigError(
      "CLOUDFLARE_API_KEY (Global API Key) is not supported; create a scoped token and set CLOUDFLARE_API_TOKEN",
    );
  }

  const zone = env.CF_DDNS_ZONE ?? DEFAULTS.zone;
  const cfg: DdnsConfig = {
    ...DEFAULTS,
    auth: {
      apiToken: env.CLOUDFLARE_API_TOKEN ?? env.CF_API_TOKEN ?? DEFAULTS.auth.apiToken,
      apiTokenFile: env.CLOUDFLARE_API_TOKEN_FILE ?? DEFAULTS.auth.apiTokenFile,
    },
    zone,
    zoneId: env.CF_DDNS_ZONE_ID || undefined,
    records: parseRecords(env.CF_DDNS_RECORDS, zone),
    intervalSeconds: Number(env.CF_DDNS_INTERVAL ?? DEFAULTS.intervalSeconds),
    apiBaseUrl: env.CF_API_BASE_URL ?? DEFAULT_API_BASE_URL,
  };

  if (!cfg.auth.apiToken && cfg.auth.apiTokenFile) {
    cfg.auth.apiToken = readFileSync(cfg.auth.apiTokenFile, "utf8").trim();
  }
  if (!cfg.auth.apiToken) throw new ConfigError("CLOUDFLARE_API_TOKEN is required");
  if (!cfg.zone) throw new ConfigError("CF_DDNS_ZONE is required");
  if (cfg.records.length === 0) throw new ConfigError("CF_DDNS_RECORDS is required");
  return cfg;
}
