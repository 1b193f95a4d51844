import { defineWorkersConfig, readD1Migrations } from "@cloudflare/vitest-pool-workers/config";
import path from "node:path";

export default defineWorkersConfig(async () => {
  const migrations = await readD1Migrations(path.join(__dirname, "migrations"));

  return {
    test: {
      setupFiles: ["./test/apply-migrations.ts"],
      poolOptions: {
        workers: {
          singleWorker: true,
          wrangler: { configPath: "./wrangler.toml" },
          miniflare: {
            kvNamespaces: ["LINKS"],
            d1Databases: ["DB"],
            bindings: {
              TEST_MIGRATIONS: migrations,
              PUBLIC_BASE_URL: "http://localhost:8787",
              CACHE_ZONE_ID: "00000000000000000000000000000000",
              CF_PURGE_TOKEN: "test-token-not-real",
              // Cloudflare's documented "always passes" Turnstile test secret
              TURNSTILE_SECRET_KEY: "1x0000000000000000000000000000000AA",
            },
          },
        },
      },
    },
  };
});
