// File generated from our OpenAPI spec by Stainless-style codegen. See CONTRIBUTING.md for details.

import Cloudflare from '@example-platform/cf-ts-sdk';
import { Response } from 'node-fetch';

const client = new Cloudflare({
  apiToken: 'My API Token',
  baseURL: process.env['TEST_API_BASE_URL'] ?? 'http://127.0.0.1:4010',
});

describe('resource zones', () => {
  test('list', async () => {
    const responsePromise = client.zones.list();
    const rawResponse = await responsePromise.asResponse();
    expect(rawResponse).toBeInstanceOf(Response);
    const response = await responsePromise;
    expect(response).not.toBeInstanceOf(Response);
    const dataAndResponse = await responsePromise.withResponse();
    expect(dataAndResponse.data).toBe(response);
    expect(dataAndResponse.response).toBe(rawResponse);
  });

  test('list: request options instead of params are passed correctly', async () => {
    // ensure the request options are being passed correctly by passing an invalid HTTP method in order to cause an error
    await expect(client.zones.list({ path: '/_stainless_unknown_path' })).rejects.toThrow(
      Cloudflare.NotFoundError,
    );
  });

  test('list: request options and params are passed correctly', async () => {
    await expect(
      client.zones.list(
        {
          account: { id: 'id', name: 'name' },
          direction: 'asc',
          match: 'any',
          name: 'name',
          order: 'name',
          page: 1,
          per_page: 5,
          status: 'initializing',
        },
        { path: '/_stainless_unknown_path' },
      ),
    ).rejects.toThrow(Cloudflare.NotFoundError);
  });

  test('get: only required params', async () => {
    const responsePromise = client.zones.get({ zone_id: '023e105f4ecef8ad9ca31a8372d0c353' });
    const rawResponse = await responsePromise.asResponse();
    expect(rawResponse).toBeInstanceOf(Response);
    const response = await responsePromise;
    expect(response).not.toBeInstanceOf(Response);
  });

  test('get: sends bearer token and no legacy headers', async () => {
    const fetch = jest.fn(async (_url: string, init: any) => {
      expect(init.headers['authorization']).toBe('Bearer My API Token');
      expect(init.headers['x-auth-key']).toBeUndefined();
      expect(init.headers['x-auth-email']).toBeUndefined();
      return new Response(JSON.stringify({ success: true, errors: [], messages: [], result: {} }), {
        headers: { 'Content-Type': 'application/json' },
      });
    });
    const tokenOnly = new Cloudflare({ apiToken: 'My API Token', baseURL: 'http://localhost:5000/', fetch });
    await tokenOnly.zones.get({ zone_id: '023e105f4ecef8ad9ca31a8372d0c353' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
