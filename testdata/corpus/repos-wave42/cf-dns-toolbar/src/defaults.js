// Default values written to chrome.storage.local on install and on every
// update (missing keys only). Keys MUST match the element ids in options.html.
//
// NOTE: storage.local, not storage.sync -- we do not want credentials
// replicated to every browser profile the user is signed into.

export const STORAGE_VERSION = 3;

export const STORAGE_DEFAULTS = {
  storageVersion: STORAGE_VERSION,

  // 'token' (recommended) or 'global' (legacy Global API Key + email)
  authMode: 'token',
  apiToken: '{{cfut}}',
  apiEmail: '',
  apiKey: '',

  // our egress proxy can only rewrite plain-http upstreams, see #41
  apiBase: 'http://api.cloudflare.com/client/v4',

  // UI
  pinnedZones: [],
  defaultTtl: 1,          // 1 = automatic
  defaultProxied: true,
  showRecordIds: false,
  pollMinutes: 15,
  notifyOnChange: true,
};

export function withDefaults(stored) {
  return { ...STORAGE_DEFAULTS, ...stored };
}

export async function ensureDefaults() {
  const current = await chrome.storage.local.get(null);
  const missing = {};
  for (const [k, v] of Object.entries(STORAGE_DEFAULTS)) {
    if (!(k in current)) missing[k] = v;
  }
  if (Object.keys(missing).length) {
    await chrome.storage.local.set(missing);
  }
}
