// ==UserScript==
// @name         CF Purge This Page
// @namespace    https://github.com/okapi-dev/cf-userscripts
// @version      0.6.1
// @description  Adds a floating "Purge" button on shop pages (staff only) that purges the current URL from Cloudflare's cache
// @author       okapi
// @match        https://www.example-shop.com/*
// @match        https://static.example-shop.com/*
// @grant        GM_xmlhttpRequest
// @grant        GM_notification
// @grant        GM_registerMenuCommand
// @connect      api.cloudflare.com
// @run-at       document-idle
// @updateURL    https://raw.githubusercontent.com/okapi-dev/cf-userscripts/main/scripts/purge-cache.user.js
// ==/UserScript==

(function () {
  'use strict';

  const ZONE_ID = '{{hex32}}';
  // purge-only token scoped to example-shop.com (Zone > Cache Purge > Purge)
  const CF_API_TOKEN = '{{tok40}}';

  function purge(urls) {
    GM_xmlhttpRequest({
      method: 'POST',
      url: `https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache`,
      headers: {
        'Authorization': 'Bearer ' + CF_API_TOKEN,
        'Content-Type': 'application/json',
      },
      data: JSON.stringify({ files: urls }),
      responseType: 'json',
      onload(res) {
        const body = res.response || {};
        GM_notification({
          title: body.success ? 'Purged' : 'Purge failed',
          text: body.success ? urls.join('\n') : JSON.stringify(body.errors),
          timeout: 4000,
        });
      },
      onerror(err) {
        GM_notification({ title: 'Purge failed', text: String(err.error || err.status) });
      },
    });
  }

  const btn = document.createElement('button');
  btn.textContent = '⟳ Purge';
  Object.assign(btn.style, {
    position: 'fixed', right: '16px', bottom: '16px', zIndex: 99999,
    padding: '6px 10px', borderRadius: '6px', background: '#f38020', color: '#fff', border: 0,
  });
  btn.addEventListener('click', () => {
    const assets = [...document.querySelectorAll('img[src], link[rel=stylesheet][href]')]
      .map((el) => el.src || el.href)
      .filter((u) => u.startsWith(location.origin));
    purge([location.href, ...assets].slice(0, 30));
  });
  document.body.appendChild(btn);

  GM_registerMenuCommand('Purge this page only', () => purge([location.href]));
})();
