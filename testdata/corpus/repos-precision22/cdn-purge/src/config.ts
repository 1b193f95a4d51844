// Runtime configuration for cdn-purge. Everything comes from the environment;
// see .env.example for the full list.

function requireEnv(name: string): string {
  const v = process.env[name];
  if (!v) {
    throw new Error(`missing required environment variable ${name}`);
  }
  return v;
}

function optionalEnv(name: string): string | undefined {
  const v = process.env[name];
  return v && v.length > 0 ? v : undefined;
}

export const CLOUDFLARE_API_BASE = "https://api.cloudflare.com/client/v4";

export interface Config {
  port: number;
  cloudflare: { apiBase: string; token: string; zoneId: string };
  fastly?: { token: string; serviceId: string };
  bunny?: { apiKey: string; pullZoneId: number };
  gcore?: { apiKey: string; resourceId: number };
  cloudfront?: { distributionId: string; region: string };
  varnish?: { hosts: string[]; caFile?: string };
}

export function loadConfig(): Config {
  const cfg: Config = {
    port: Number(process.env.PORT ?? 8080),
    cloudflare: {
      apiBase: CLOUDFLARE_API_BASE,
      token: requireEnv("CLOUDFLARE_API_TOKEN"),
      zoneId: requireEnv("CLOUDFLARE_ZONE_ID"),
    },
  };

  const fastlyToken = optionalEnv("FASTLY_API_TOKEN");
  if (fastlyToken) {
    cfg.fastly = { token: fastlyToken, serviceId: requireEnv("FASTLY_SERVICE_ID") };
  }

  const bunnyKey = optionalEnv("BUNNY_API_KEY");
  if (bunnyKey) {
    cfg.bunny = { apiKey: bunnyKey, pullZoneId: Number(requireEnv("BUNNY_PULL_ZONE_ID")) };
  }

  const gcoreKey = optionalEnv("GCORE_API_KEY");
  if (gcoreKey) {
    cfg.gcore = { apiKey: gcoreKey, resourceId: Number(requireEnv("GCORE_RESOURCE_ID")) };
  }

  const cfDist = optionalEnv("CLOUDFRONT_DISTRIBUTION_ID");
  if (cfDist) {
    cfg.cloudfront = { distributionId: cfDist, region: process.env.AWS_REGION ?? "us-east-1" };
  }

  const varnish = optionalEnv("VARNISH_HOSTS");
  if (varnish) {
    cfg.varnish = { hosts: varnish.split(",").map((h) => h.trim()), caFile: optionalEnv("VARNISH_CA_FILE") };
  }

  return cfg;
}
