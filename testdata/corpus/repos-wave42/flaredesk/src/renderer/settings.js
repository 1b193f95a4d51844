// Settings view (renderer). Talks to the main process through the preload
// bridge only; credentials are written straight to the keychain by main.
import { t } from './i18n.js';

const TOKEN_RE = /^(cfut_|cfat_)?[A-Za-z0-9_-]{40,}$/;

export function mask(secret) {
  if (!secret) return '';
  return secret.slice(0, 5) + '•'.repeat(8) + secret.slice(-4);
}

export async function renderSettings(root) {
  const s = await window.flaredesk.settings.get();
  root.innerHTML = `
    <form id="settings">
      <h2>${t('settings.account')}</h2>
      <label><input type="radio" name="authType" value="token"> ${t('settings.apiToken')}</label>
      <label><input type="radio" name="authType" value="global"> ${t('settings.globalKey')}</label>

      <div data-when="token">
        <input name="apiToken" type="password" autocomplete="off"
               placeholder="${t('settings.tokenPlaceholder')}">
        <small>${t('settings.tokenHelp')}</small>
      </div>
      <div data-when="global">
        <input name="email" type="email" placeholder="name@example.com">
        <input name="apiKey" type="password" autocomplete="off"
               placeholder="${t('settings.globalKeyPlaceholder')}">
        <small class="warn">${t('settings.globalKeyWarning')}</small>
      </div>

      <h2>${t('settings.network')}</h2>
      <label>${t('settings.apiBase')} <input name="baseUrl" type="url"></label>
      <label>${t('settings.proxy')} <input name="proxy" placeholder="http://proxy.corp:3128"></label>
      <label><input name="allowSelfSigned" type="checkbox"> ${t('settings.allowSelfSigned')}</label>
      <button>${t('common.save')}</button>
    </form>`;

  const form = root.querySelector('#settings');
  form.authType.value = s.auth.type || 'token';
  form.email.value = s.auth.email || '';
  form.baseUrl.value = s.baseUrl;
  form.proxy.value = s.network.proxy || '';
  form.allowSelfSigned.checked = !!s.network.allowSelfSigned;

  const sync = () => {
    for (const el of form.querySelectorAll('[data-when]')) el.hidden = el.dataset.when !== form.authType.value;
  };
  form.addEventListener('change', sync);
  sync();

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const token = form.apiToken.value.trim();
    if (form.authType.value === 'token' && token && !TOKEN_RE.test(token)) {
      alert(t('settings.tokenInvalid'));
      return;
    }
    if (token) await window.flaredesk.secrets.setToken(token);
    if (form.apiKey.value) await window.flaredesk.secrets.setGlobalKey(form.apiKey.value.trim());
    await window.flaredesk.settings.set({
      auth: { type: form.authType.value, email: form.email.value.trim() },
      baseUrl: form.baseUrl.value.trim(),
      network: { proxy: form.proxy.value.trim(), allowSelfSigned: form.allowSelfSigned.checked },
    });
    form.apiToken.value = '';
    form.apiKey.value = '';
  });
}
