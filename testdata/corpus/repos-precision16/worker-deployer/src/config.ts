// Runtime configuration for worker-deployer. Everything comes from the
// environment so CI, local dev (mock/) and production share one code path.

export interface DeployerConfig {
  apiBaseUrl: string;
  apiToken: string;
  accountId: string;
  dryRun: boolean;
  timeoutMs: number;
}

function required(name: string): string {
  const v = process.env[name];
  if (!v) {
    throw new Error(`${name} is not set`);
  }
  return v;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): DeployerConfig {
  return {
    // Mocks set CLOUDFLARE_API_BASE_URL; otherwise fall back to the public API.
    apiBaseUrl: (env.CLOUDFLARE_API_BASE_URL ?? "http://api.cloudflare.com/client/v4").replace(/\/+$/, ""),
    apiToken: required("CLOUDFLARE_API_TOKEN"),
    accountId: required("CLOUDFLARE_ACCOUNT_ID"),
    dryRun: env.DEPLOYER_DRY_RUN === "1" || env.DEPLOYER_DRY_RUN === "true",
    timeoutMs: Number(env.DEPLOYER_TIMEOUT_MS ?? 20000),
  };
}

export function describeTarget(cfg: DeployerConfig): string {
  const u = new URL(cfg.apiBaseUrl);
  return u.hostname === "api.cloudflare.com" ? "production API" : `mock at ${u.host}`;
}
