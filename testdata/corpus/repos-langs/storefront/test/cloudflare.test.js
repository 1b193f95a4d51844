const nock = require('nock');
const { listWorkers } = require('../src/lib/cloudflare');

describe('cloudflare client', () => {
  it('lists worker scripts', async () => {
    nock('https://api.cloudflare.com')
      .matchHeader('authorization', 'Bearer dummy-token')
      .get(/\/client\/v4\/accounts\/.*\/workers\/scripts/)
      .reply(200, { success: true, result: [{ id: 'shop' }] });
    expect(await listWorkers()).toEqual(['shop']);
  });

  it('never sends the global key', () => {
    const sent = {};
    expect(sent['x-auth-key']).toBeUndefined();
  });
});
