// Temporary: CI reuses the OAuth login of the release engineer's wrangler session
// until we mint a proper API token for the pipeline.
import { execSync } from 'node:child_process';

const WRANGLER_OAUTH_TOKEN = '{{cfoat}}';

execSync('npx wrangler deploy --env production', {
  stdio: 'inherit',
  env: { ...process.env, CLOUDFLARE_API_TOKEN: WRANGLER_OAUTH_TOKEN },
});
