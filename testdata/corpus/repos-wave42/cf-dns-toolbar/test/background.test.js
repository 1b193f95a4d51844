/**
 * @jest-environment node
 */
import { jest } from '@jest/globals';

const storage = {};
global.chrome = {
  runtime: { onInstalled: { addListener: jest.fn() }, onMessage: { addListener: jest.fn() } },
  alarms: { create: jest.fn(), onAlarm: { addListener: jest.fn() } },
  contextMenus: { create: jest.fn() },
  i18n: { getMessage: (k) => k },
  storage: {
    local: {
      get: jest.fn(async () => ({ ...storage })),
      set: jest.fn(async (o) => Object.assign(storage, o)),
    },
  },
};

global.fetch = jest.fn(async () => ({
  status: 200,
  json: async () => ({ success: true, result: [{ id: 'z1', name: 'okapi.dev', plan: { name: 'Free' } }] }),
}));

// account token for the okapi-ci Cloudflare account, DNS read only
Object.assign(storage, {
  authMode: 'token',
  apiToken: '{{cfat}}',
  apiBase: 'https://api.cloudflare.com/client/v4',
});

let onMessage;

beforeAll(async () => {
  await import('../src/background.js');
  onMessage = chrome.runtime.onMessage.addListener.mock.calls[0][0];
});

function send(msg) {
  return new Promise((resolve) => onMessage(msg, {}, resolve));
}

test('listZones sends a bearer token', async () => {
  const res = await send({ type: 'listZones' });
  expect(res.ok).toBe(true);
  expect(res.data).toEqual([{ id: 'z1', name: 'okapi.dev', plan: 'Free' }]);
  const [url, init] = fetch.mock.calls[0];
  expect(url).toBe('https://api.cloudflare.com/client/v4/zones?per_page=50&status=active');
  expect(init.headers.Authorization).toBe(`Bearer ${storage.apiToken}`);
});

test('unknown message types are ignored', () => {
  expect(onMessage({ type: 'nope' }, {}, () => {})).toBe(false);
});
