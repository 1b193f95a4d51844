import Cloudflare from 'cloudflare';

/**
 * Token-based client used by the Worker deploy helper. The token is scoped to
 * Workers Scripts:Edit on a single account.
 */
export function createTokenClient(): Cloudflare {
  const apiToken = process.env['CLOUDFLARE_API_TOKEN'];
  if (!apiToken) {
    throw new Error('CLOUDFLARE_API_TOKEN is required');
  }
  return new Cloudflare({ apiToken });
}

export async function listScripts(accountId: string): Promise<string[]> {
  const client = createTokenClient();
  const names: string[] = [];
  for await (const script of client.workers.scripts.list({ account_id: accountId })) {
    if (script.id) names.push(script.id);
  }
  return names.sort();
}

export async function main(): Promise<void> {
  const accountId = process.env['CLOUDFLARE_ACCOUNT_ID'];
  if (!accountId) throw new Error('CLOUDFLARE_ACCOUNT_ID is required');
  for (const name of await listScripts(accountId)) {
    console.log(name);
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
