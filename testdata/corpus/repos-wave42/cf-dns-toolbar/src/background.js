// MV3 service worker. Everything that talks to Cloudflare lives here so the
// credentials never reach content scripts or the popup's DOM.
import { ensureDefaults, withDefaults } from './defaults.js';

const ALARM = 'cf-dns-poll';

chrome.runtime.onInstalled.addListener(async () => {
  await ensureDefaults();
  const { pollMinutes } = withDefaults(await chrome.storage.local.get('pollMinutes'));
  chrome.alarms.create(ALARM, { periodInMinutes: pollMinutes });
  chrome.contextMenus.create({
    id: 'cf-lookup',
    title: chrome.i18n.getMessage('menuLookup'),
    contexts: ['selection', 'link'],
  });
});

async function config() {
  return withDefaults(await chrome.storage.local.get(null));
}

function authHeaders(cfg) {
  if (cfg.authMode === 'global') {
    return {
      'X-Auth-Email': cfg.apiEmail,
      'X-Auth-Key': cfg.apiKey,
    };
  }
  return { Authorization: `Bearer ${cfg.apiToken}` };
}

async function cf(path, init = {}) {
  const cfg = await config();
  const res = await fetch(`${cfg.apiBase}${path}`, {
    ...init,
    headers: {
      'Content-Type': 'application/json',
      ...authHeaders(cfg),
      ...(init.headers || {}),
    },
  });
  const body = await res.json();
  if (!body.success) {
    const msg = (body.errors || []).map((e) => `${e.code}: ${e.message}`).join('; ');
    throw new Error(msg || `HTTP ${res.status}`);
  }
  return body;
}

async function listZones() {
  const { result } = await cf('/zones?per_page=50&status=active');
  return result.map((z) => ({ id: z.id, name: z.name, plan: z.plan?.name }));
}

async function listRecords(zoneId, name) {
  const q = new URLSearchParams({ per_page: '100' });
  if (name) q.set('name', name);
  const { result } = await cf(`/zones/${zoneId}/dns_records?${q}`);
  return result;
}

async function upsertRecord(zoneId, rec) {
  if (rec.id) {
    return cf(`/zones/${zoneId}/dns_records/${rec.id}`, { method: 'PATCH', body: JSON.stringify(rec) });
  }
  return cf(`/zones/${zoneId}/dns_records`, { method: 'POST', body: JSON.stringify(rec) });
}

chrome.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
  const handlers = {
    listZones: () => listZones(),
    listRecords: () => listRecords(msg.zoneId, msg.name),
    upsertRecord: () => upsertRecord(msg.zoneId, msg.record),
    verify: () => cf('/user/tokens/verify'),
  };
  const fn = handlers[msg.type];
  if (!fn) return false;
  fn().then((data) => sendResponse({ ok: true, data }), (err) => sendResponse({ ok: false, error: String(err.message || err) }));
  return true; // async response
});

chrome.alarms.onAlarm.addListener(async (alarm) => {
  if (alarm.name !== ALARM) return;
  const cfg = await config();
  if (!cfg.notifyOnChange || !cfg.pinnedZones.length) return;
  // ... diff pinned zones against last snapshot (omitted)
});
