// ==UserScript==
// @name         Wiki search in Jira sidebar
// @namespace    https://github.com/okapi-dev/cf-userscripts
// @version      0.4.0
// @description  Shows matching internal wiki pages in the Jira issue sidebar. The wiki is behind Cloudflare Access, so requests carry a service token.
// @match        https://okapi.atlassian.net/browse/*
// @grant        GM_xmlhttpRequest
// @connect      wiki.internal.example-shop.com
// ==/UserScript==

(function () {
  'use strict';

  const WIKI = 'https://wiki.internal.example-shop.com/api/search';

  // Cloudflare Access service token "jira-userscript" (Zero Trust -> Access -> Service Auth)
  const CF_ACCESS_CLIENT_ID = '{{hex32}}.access';
  const CF_ACCESS_CLIENT_SECRET = '{{cfast}}';

  function search(q) {
    return new Promise((resolve, reject) => {
      GM_xmlhttpRequest({
        method: 'GET',
        url: `${WIKI}?q=${encodeURIComponent(q)}&limit=8`,
        headers: {
          'CF-Access-Client-Id': CF_ACCESS_CLIENT_ID,
          'CF-Access-Client-Secret': CF_ACCESS_CLIENT_SECRET,
        },
        responseType: 'json',
        onload: (r) => (r.status === 200 ? resolve(r.response.results) : reject(r.status)),
        onerror: reject,
      });
    });
  }

  function render(results) {
    const box = document.createElement('section');
    box.innerHTML = '<h3>Wiki</h3>';
    const ul = document.createElement('ul');
    for (const r of results) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = r.url;
      a.textContent = r.title;
      a.target = '_blank';
      li.appendChild(a);
      ul.appendChild(li);
    }
    box.appendChild(ul);
    document.querySelector('[data-testid="issue.views.issue-details.issue-layout.container-right"]')?.prepend(box);
  }

  const title = document.querySelector('h1')?.textContent;
  if (title) search(title).then(render).catch((e) => console.warn('[wiki]', e));
})();
