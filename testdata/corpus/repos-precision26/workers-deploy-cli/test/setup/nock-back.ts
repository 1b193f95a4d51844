/**
 * nock.back fixtures for the deploy commands.
 *
 *   NOCK_BACK_MODE=lockdown (default)  replay only, no network
 *   NOCK_BACK_MODE=record              record missing fixtures, then replay
 *
 * Request headers are recorded (enableReqheadersRecording) so that fixtures
 * fail when the CLI stops sending the expected auth scheme. They are scrubbed
 * in afterRecord before anything is written to test/fixtures/nock.
 */
import path from 'node:path';
import nock, { back as nockBack, type Definition } from 'nock';

const FIXTURES = path.resolve(__dirname, '../fixtures/nock');

const REDACT: Record<string, string> = {
  authorization: 'Bearer <CLOUDFLARE_API_TOKEN>',
  // added in 2.3 (#412): legacy purge path used Global API Key auth
  'x-auth-key': '<CLOUDFLARE_API_KEY>',
  'x-auth-email': '<CLOUDFLARE_EMAIL>',
  'cf-access-client-secret': '<CF_ACCESS_CLIENT_SECRET>',
};

const DROP_RESPONSE_HEADERS = new Set(['set-cookie', 'cf-ray', 'report-to', 'nel', 'server-timing']);

export function scrub(defs: Definition[]): Definition[] {
  return defs.map((def) => {
    const reqheaders = { ...(def.reqheaders as Record<string, string> | undefined) };
    for (const [name, placeholder] of Object.entries(REDACT)) {
      if (name in reqheaders) reqheaders[name] = placeholder;
    }
    const raw = (def as { rawHeaders?: string[] }).rawHeaders ?? [];
    const rawHeaders: string[] = [];
    for (let i = 0; i < raw.length; i += 2) {
      if (!DROP_RESPONSE_HEADERS.has(raw[i].toLowerCase())) rawHeaders.push(raw[i], raw[i + 1]);
    }
    return { ...def, reqheaders, rawHeaders } as Definition;
  });
}

export function setupNockBack(): void {
  nockBack.fixtures = FIXTURES;
  nockBack.setMode((process.env.NOCK_BACK_MODE as nockBack.BackMode) ?? 'lockdown');
  // loopback stays reachable for the Mockoon/Prism contract suite
  nock.enableNetConnect(/(127\.0\.0\.1|localhost)/);
}

export async function withFixture<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const { nockDone, context } = await nockBack(name, {
    afterRecord: scrub,
    recorder: { enableReqheadersRecording: true, output_objects: true },
  });
  try {
    const result = await fn();
    context.assertScopesFinished();
    return result;
  } finally {
    nockDone();
  }
}
