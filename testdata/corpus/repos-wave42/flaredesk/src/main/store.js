'use strict';

const Store = require('electron-store');

// Only non-secret settings live in electron-store. The API token / global key
// are kept in the OS keychain via keytar (see cloudflare.js).
const schema = {
  auth: {
    type: 'object',
    properties: {
      type: { type: 'string', enum: ['token', 'global'], default: 'token' },
      email: { type: 'string', default: '' },
    },
    default: {},
  },
  baseUrl: { type: 'string', format: 'uri', default: 'https://api.cloudflare.com/client/v4' },
  network: {
    type: 'object',
    properties: {
      proxy: { type: 'string', default: '' },
      ignoreCertErrors: { type: 'boolean', default: false },
      allowSelfSigned: { type: 'boolean', default: false },
    },
    default: {},
  },
  ui: {
    type: 'object',
    properties: {
      theme: { type: 'string', enum: ['system', 'light', 'dark'], default: 'system' },
      lastZoneId: { type: 'string', default: '' },
    },
    default: {},
  },
};

const store = new Store({
  name: 'settings',
  schema,
  clearInvalidConfig: true,
  // obfuscation only, not a security boundary (documented by electron-store)
  encryptionKey: 'flaredesk-settings-v1',
  migrations: {
    '0.8.0': (s) => {
      // 0.7 kept the token in plain settings; it is moved to keytar on first run
      if (s.has('apiToken')) s.set('pendingKeychainMigration', true);
    },
  },
});

store.publicSettings = () => ({
  auth: store.get('auth'),
  baseUrl: store.get('baseUrl'),
  network: store.get('network'),
  ui: store.get('ui'),
});

store.applySettings = (patch) => {
  for (const [k, v] of Object.entries(patch)) {
    if (['auth', 'baseUrl', 'network', 'ui'].includes(k)) store.set(k, v);
  }
  return store.publicSettings();
};

module.exports = store;
