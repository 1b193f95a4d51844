import { buildPurgeRequest, assertApiUrl } from '../src/lib/actions/purge-cache';

// Connection fixtures. Values are redacted on purpose - the tests never hit the API.
const auth = {
  apiToken: 'cfut_****************************************',
  originCaKey: 'v1.0-REDACTED',
};

describe('buildPurgeRequest', () => {
  it('uses bearer auth with the scoped token', () => {
    const req = buildPurgeRequest(auth, '0123456789abcdef0123456789abcdef', {
      files: ['https://www.acme.example/'],
    });
    expect(req.url).toBe(
      'https://api.cloudflare.com/client/v4/zones/0123456789abcdef0123456789abcdef/purge_cache',
    );
    expect(req.authentication).toEqual({ type: 'BEARER_TOKEN', token: auth.apiToken });
    expect(req.headers?.['X-Auth-Key']).toBeUndefined();
  });

  it('refuses purge_everything together with files', () => {
    expect(() =>
      buildPurgeRequest(auth, 'zone', { files: ['https://a/'], purgeEverything: true }),
    ).toThrow(/either/);
  });
});

describe('assertApiUrl', () => {
  it('rejects plain-http API base URLs', () => {
    expect(() => assertApiUrl('http://api.cloudflare.com/client/v4')).toThrow(
      'Cloudflare API must be called over https',
    );
  });

  it('accepts the https base', () => {
    expect(() => assertApiUrl('https://api.cloudflare.com/client/v4')).not.toThrow();
  });
});
