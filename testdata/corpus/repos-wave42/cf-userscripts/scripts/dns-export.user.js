// ==UserScript==
// @name         CF Dashboard DNS Export (CSV)
// @namespace    https://github.com/okapi-dev/cf-userscripts
// @version      1.2.0
// @description  Adds an "Export CSV" button to the DNS records page of the Cloudflare dashboard
// @match        https://dash.cloudflare.com/*
// @grant        GM_xmlhttpRequest
// @grant        GM_getValue
// @grant        GM_setValue
// @grant        GM_registerMenuCommand
// @grant        GM_download
// @connect      api.cloudflare.com
// ==/UserScript==

/* The token is kept in Tampermonkey's per-script storage, NOT in this file.
 * Set it via the Tampermonkey menu -> "Set Cloudflare API token".
 * Format: cfut_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx (DNS:Read is enough). */

(function () {
  'use strict';

  const KEY = 'cf_api_token';

  GM_registerMenuCommand('Set Cloudflare API token', () => {
    const current = GM_getValue(KEY, '');
    const masked = current ? current.slice(0, 5) + '****' : '(none)';
    const v = prompt(`Cloudflare API token (current: ${masked})`, '');
    if (v !== null) GM_setValue(KEY, v.trim());
  });

  function api(path) {
    const token = GM_getValue(KEY, '');
    if (!token) return Promise.reject(new Error('No API token set (Tampermonkey menu)'));
    return new Promise((resolve, reject) => {
      GM_xmlhttpRequest({
        method: 'GET',
        url: 'https://api.cloudflare.com/client/v4' + path,
        headers: { Authorization: `Bearer ${token}` },
        responseType: 'json',
        onload: (r) => (r.response && r.response.success ? resolve(r.response) : reject(new Error(r.responseText))),
        onerror: reject,
      });
    });
  }

  async function exportZone(zoneId) {
    let page = 1, rows = [['type', 'name', 'content', 'ttl', 'proxied']];
    for (;;) {
      const body = await api(`/zones/${zoneId}/dns_records?per_page=100&page=${page}`);
      for (const r of body.result) rows.push([r.type, r.name, r.content, r.ttl, r.proxied]);
      if (page >= body.result_info.total_pages) break;
      page++;
    }
    const csv = rows.map((r) => r.map((c) => `"${String(c).replace(/"/g, '""')}"`).join(',')).join('\n');
    GM_download({ url: 'data:text/csv;charset=utf-8,' + encodeURIComponent(csv), name: `dns-${zoneId}.csv` });
  }

  // dash URLs look like /<account_id>/<zone name>/dns/records; the zone id
  // is exposed in the page's sidebar "API" card.
  const observer = new MutationObserver(() => {
    if (!/\/dns\/records/.test(location.pathname) || document.getElementById('okapi-export')) return;
    const zoneId = document.querySelector('[data-testid="zone-id"]')?.textContent?.trim();
    if (!zoneId) return;
    const b = document.createElement('button');
    b.id = 'okapi-export';
    b.textContent = 'Export CSV';
    b.onclick = () => exportZone(zoneId).catch((e) => alert(e.message));
    document.querySelector('h1')?.after(b);
  });
  observer.observe(document.body, { childList: true, subtree: true });
})();
