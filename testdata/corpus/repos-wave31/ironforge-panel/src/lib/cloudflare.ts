import Cloudflare from 'cloudflare';

import type { Env } from '../env';

/**
 * Cloudflare API client for the Worker. The token is bound as a Worker
 * secret (`wrangler secret put CF_API_TOKEN`) and only has DNS:Edit on the
 * game zone.
 */
export function cfClient(env: Env): Cloudflare {
  return new Cloudflare({
    apiToken: env.CF_API_TOKEN,
    maxRetries: 2,
    timeout: 10_000,
  });
}

/** Creates `<name>.play.ironforge.example` pointing at the node's IP. */
export async function createServerRecord(
  env: Env,
  serverName: string,
  nodeIp: string,
): Promise<string> {
  const cf = cfClient(env);
  const record = await cf.dns.records.create({
    zone_id: env.GAME_ZONE_ID,
    type: 'A',
    name: `${serverName}.${env.GAME_DOMAIN}`,
    content: nodeIp,
    ttl: 60,
    proxied: false,
    comment: `ironforge server ${serverName}`,
  });
  return record.id;
}

/** SRV record so Minecraft clients can connect without a port. */
export async function createMinecraftSrv(
  env: Env,
  serverName: string,
  port: number,
): Promise<string> {
  const cf = cfClient(env);
  const record = await cf.dns.records.create({
    zone_id: env.GAME_ZONE_ID,
    type: 'SRV',
    name: `_minecraft._tcp.${serverName}.${env.GAME_DOMAIN}`,
    data: {
      priority: 0,
      weight: 5,
      port,
      target: `${serverName}.${env.GAME_DOMAIN}`,
    },
    ttl: 60,
  });
  return record.id;
}

export async function deleteRecord(env: Env, recordId: string): Promise<void> {
  await cfClient(env).dns.records.delete(recordId, { zone_id: env.GAME_ZONE_ID });
}
