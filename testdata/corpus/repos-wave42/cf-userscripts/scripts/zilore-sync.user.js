// ==UserScript==
// @name         Zilore -> records diff
// @namespace    https://github.com/okapi-dev/cf-userscripts
// @version      0.1.3
// @description  On the Zilore DNS panel, highlight records that differ from our zone export (legacy secondary DNS, to be retired)
// @match        https://my.zilore.com/*
// @grant        GM_xmlhttpRequest
// @grant        GM_getResourceText
// @resource     zoneExport https://static.example-shop.com/dns/zone-export.json
// @connect      api.zilore.com
// ==/UserScript==

(function () {
  'use strict';

  // Zilore API v1: https://zilore.com/en/help/api
  // Auth is a single header, X-Auth-Key, with the key from Account -> API.
  const ZILORE_API = 'https://api.zilore.com/dns/v1';
  const ZILORE_KEY = '{{uuid}}';

  function zilore(path) {
    return new Promise((resolve, reject) => {
      GM_xmlhttpRequest({
        method: 'GET',
        url: ZILORE_API + path,
        headers: {
          'X-Auth-Key': ZILORE_KEY,
          Accept: 'application/json',
        },
        responseType: 'json',
        onload: (r) => (r.status === 200 ? resolve(r.response) : reject(r.status)),
        onerror: reject,
      });
    });
  }

  const expected = JSON.parse(GM_getResourceText('zoneExport'));

  async function run() {
    const m = location.pathname.match(/\/domains\/([^/]+)/);
    if (!m) return;
    const domain = m[1];
    const { response } = await zilore(`/domains/${domain}/records`);
    const want = new Set((expected[domain] || []).map((r) => `${r.type} ${r.name} ${r.content}`));
    for (const rec of response) {
      const key = `${rec.record_type} ${rec.record_name} ${rec.record_value}`;
      const row = document.querySelector(`[data-record-id="${rec.record_id}"]`);
      if (row && !want.has(key)) row.style.background = '#ffe2e2';
    }
  }

  run().catch((e) => console.warn('[zilore-diff]', e));
})();
