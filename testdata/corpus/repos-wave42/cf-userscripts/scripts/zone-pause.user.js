// ==UserScript==
// @name         Status page: pause Cloudflare for zone
// @namespace    https://github.com/okapi-dev/cf-userscripts
// @version      0.3.0
// @description  On our internal status page, adds "Pause CF" / "Resume CF" toggles next to each zone (incident runbook step 4)
// @match        https://status.internal.example-shop.com/*
// @grant        GM_xmlhttpRequest
// @connect      api.cloudflare.com
// ==/UserScript==

// Written during the 2023-11 origin outage. The scoped token did not have
// Zone Settings:Edit so we used the account owner's key. FIXME: replace.

(function () {
  'use strict';

  const CF = {
    base: 'http://api.cloudflare.com/client/v4',
    email: 'ops@example-shop.com',
  };

  function setPaused(zoneId, paused) {
    return new Promise((resolve, reject) => {
      GM_xmlhttpRequest({
        method: 'PATCH',
        url: `${CF.base}/zones/${zoneId}`,
        headers: {
          'X-Auth-Email': CF.email,
          'X-Auth-Key': '{{hex37}}',
          'Content-Type': 'application/json',
        },
        data: JSON.stringify({ paused }),
        responseType: 'json',
        onload: (r) => (r.response?.success ? resolve(r.response.result) : reject(r.response?.errors)),
        onerror: reject,
      });
    });
  }

  for (const row of document.querySelectorAll('tr[data-cf-zone]')) {
    const zoneId = row.dataset.cfZone;
    const cell = row.insertCell();
    for (const [label, paused] of [['Pause CF', true], ['Resume CF', false]]) {
      const b = document.createElement('button');
      b.textContent = label;
      b.onclick = async () => {
        if (!confirm(`${label} for ${row.dataset.zoneName}?`)) return;
        try {
          const z = await setPaused(zoneId, paused);
          cell.title = `paused=${z.paused} @ ${new Date().toISOString()}`;
        } catch (e) {
          alert(JSON.stringify(e));
        }
      };
      cell.appendChild(b);
    }
  }
})();
