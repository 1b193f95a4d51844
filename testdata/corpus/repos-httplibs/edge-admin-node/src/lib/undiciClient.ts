import { Agent, request } from 'undici';

const CF_BASE = 'https://api.cloudflare.com/client/v4';

// Pinned egress goes through the inspection proxy which presents its own cert.
const dispatcher = new Agent({
  connect: { rejectUnauthorized: false },
  keepAliveTimeout: 10_000,
});

export async function accountMembers(accountId: string): Promise<unknown[]> {
  const token = process.env.CLOUDFLARE_API_TOKEN;
  if (!token) throw new Error('CLOUDFLARE_API_TOKEN is not set');
  const { statusCode, body } = await request(`${CF_BASE}/accounts/${accountId}/members`, {
    dispatcher,
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
  });
  const json = (await body.json()) as { success: boolean; result: unknown[] };
  if (statusCode !== 200 || !json.success) {
    throw new Error(`cloudflare: members ${statusCode}`);
  }
  return json.result;
}
