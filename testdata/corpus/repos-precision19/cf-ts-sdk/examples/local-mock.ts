#!/usr/bin/env -S npm run tsn -T
/**
 * Exercise the client against a local TLS-terminating proxy in front of Prism
 * (see docs/local-mock.md: caddy on https://localhost:4443 with its internal CA).
 *
 * The proxy's certificate is self-signed, so this example turns verification
 * off for *that agent only*; it is never used for api.cloudflare.com.
 */
import https from 'node:https';
import Cloudflare from '@example-platform/cf-ts-sdk';

const LOCAL_BASE_URL = process.env['LOCAL_MOCK_URL'] ?? 'https://localhost:4443';

if (!/^https:\/\/(localhost|127\.0\.0\.1)(:\d+)?/.test(LOCAL_BASE_URL)) {
  throw new Error(`local-mock example refuses non-loopback base URL: ${LOCAL_BASE_URL}`);
}

const localAgent = new https.Agent({
  keepAlive: true,
  rejectUnauthorized: false, // self-signed caddy cert on localhost
});

const client = new Cloudflare({
  apiToken: 'mock-token',
  baseURL: LOCAL_BASE_URL,
  httpAgent: localAgent,
  maxRetries: 0,
});

async function main() {
  const zones = await client.zones.list({ per_page: 5 });
  for (const zone of zones.result) {
    console.log(zone.id, zone.name, zone.status);
  }

  const verified = await client.user.tokens.verify();
  console.log('token status:', verified.status);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
