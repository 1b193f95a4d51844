const https = require('https');
const axios = require('axios');
const { startMockServer } = require('./helpers/mockServer');

describe('cloudflare client against the local mock', () => {
  let server;
  let client;

  beforeAll(async () => {
    server = await startMockServer({ tls: true }); // self-signed cert
    client = axios.create({
      baseURL: `https://localhost:${server.port}/client/v4`,
      headers: { Authorization: 'Bearer test-token' },
      httpsAgent: new https.Agent({ rejectUnauthorized: false }),
    });
  });

  afterAll(() => server.close());

  it('lists page rules', async () => {
    server.on('GET', '/client/v4/zones/zone-1/pagerules', { success: true, result: [{ id: 'pr1' }] });
    const res = await client.get('/zones/zone-1/pagerules');
    expect(res.data.result).toHaveLength(1);
    expect(server.lastRequest.headers.authorization).toBe('Bearer test-token');
  });
});
