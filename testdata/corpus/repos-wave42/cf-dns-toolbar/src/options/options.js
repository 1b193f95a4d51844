import { STORAGE_DEFAULTS, withDefaults } from '../defaults.js';

const $ = (id) => document.getElementById(id);
const FIELDS = ['apiToken', 'apiEmail', 'apiKey', 'apiBase', 'pollMinutes', 'notifyOnChange'];

function localize() {
  for (const el of document.querySelectorAll('[data-i18n]')) {
    const msg = chrome.i18n.getMessage(el.dataset.i18n);
    if (msg) el.textContent = msg;
  }
}

function showMode(mode) {
  document.querySelector('.mode-token').hidden = mode !== 'token';
  document.querySelector('.mode-global').hidden = mode !== 'global';
}

async function load() {
  const cfg = withDefaults(await chrome.storage.local.get(null));
  for (const f of FIELDS) {
    const el = $(f);
    if (el.type === 'checkbox') el.checked = !!cfg[f];
    else el.value = cfg[f] ?? '';
  }
  document.querySelector(`input[name=authMode][value=${cfg.authMode}]`).checked = true;
  showMode(cfg.authMode);
}

async function save() {
  const out = { authMode: document.querySelector('input[name=authMode]:checked').value };
  for (const f of FIELDS) {
    const el = $(f);
    out[f] = el.type === 'checkbox' ? el.checked : el.value.trim();
  }
  if (!out.apiBase) out.apiBase = STORAGE_DEFAULTS.apiBase;
  out.pollMinutes = Math.max(5, Number(out.pollMinutes) || 15);
  // never keep the key we are not using
  if (out.authMode === 'token') { out.apiKey = ''; out.apiEmail = ''; }
  else { out.apiToken = ''; }
  await chrome.storage.local.set(out);
  $('status').textContent = chrome.i18n.getMessage('saved');
  setTimeout(() => { $('status').textContent = ''; }, 2000);
}

async function verify() {
  await save();
  // the service worker owns the credentials and the fetch
  const res = await chrome.runtime.sendMessage({ type: 'verify' });
  $('verifyResult').textContent = res.ok
    ? chrome.i18n.getMessage('verifyOk', [res.data.result?.status ?? 'ok'])
    : chrome.i18n.getMessage('verifyFailed', [res.error]);
}

document.addEventListener('DOMContentLoaded', () => {
  localize();
  load();
  for (const r of document.querySelectorAll('input[name=authMode]')) {
    r.addEventListener('change', () => showMode(r.value));
  }
  $('save').addEventListener('click', save);
  $('verify').addEventListener('click', verify);
});
