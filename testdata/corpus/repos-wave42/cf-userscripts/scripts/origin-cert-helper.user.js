// ==UserScript==
// @name         Origin CA helper for the provisioning form
// @namespace    https://github.com/okapi-dev/cf-userscripts
// @version      0.2.4
// @description  Fills the "TLS certificate" field of the internal host provisioning form with a fresh Cloudflare Origin CA cert
// @match        https://provision.internal.example-shop.com/hosts/new*
// @grant        GM_xmlhttpRequest
// @connect      api.cloudflare.com
// ==/UserScript==

(function () {
  'use strict';

  // Origin CA Key from dash -> My Profile -> API Tokens -> "Origin CA Key".
  // Only usable for /certificates endpoints.
  const ORIGIN_CA_HEADERS = {
    'X-Auth-User-Service-Key': '{{origin}}',
    'Content-Type': 'application/json',
  };

  function requestCert(csr, hostnames) {
    return new Promise((resolve, reject) => {
      GM_xmlhttpRequest({
        method: 'POST',
        url: 'https://api.cloudflare.com/client/v4/certificates',
        headers: ORIGIN_CA_HEADERS,
        data: JSON.stringify({
          csr,
          hostnames,
          request_type: 'origin-rsa',
          requested_validity: 5475,
        }),
        responseType: 'json',
        onload: (r) => (r.response?.success ? resolve(r.response.result) : reject(r.response?.errors)),
        onerror: reject,
      });
    });
  }

  const form = document.querySelector('form#host-new');
  if (!form) return;
  const btn = document.createElement('button');
  btn.type = 'button';
  btn.textContent = 'Get Origin CA cert';
  btn.onclick = async () => {
    const csr = form.querySelector('textarea[name=csr]').value.trim();
    const host = form.querySelector('input[name=fqdn]').value.trim();
    if (!csr.startsWith('-----BEGIN CERTIFICATE REQUEST-----')) {
      alert('Paste the CSR first');
      return;
    }
    try {
      const cert = await requestCert(csr, [host, `*.${host}`]);
      form.querySelector('textarea[name=tls_cert]').value = cert.certificate;
      form.querySelector('input[name=cert_expires]').value = cert.expires_on;
    } catch (e) {
      alert('Origin CA error: ' + JSON.stringify(e));
    }
  };
  form.querySelector('textarea[name=csr]').after(btn);
})();
