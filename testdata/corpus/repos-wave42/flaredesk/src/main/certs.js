'use strict';

const { app, session } = require('electron');

const DEV_HOSTS = new Set(['localhost', '127.0.0.1', '::1']);

/**
 * electron-vite serves the renderer over https with a self-signed cert in
 * dev. Accept that cert for loopback hosts only; everything else (including
 * api.cloudflare.com) keeps Chromium's normal verification.
 */
function allowDevServerCert() {
  session.defaultSession.setCertificateVerifyProc((request, callback) => {
    if (DEV_HOSTS.has(request.hostname)) {
      callback(0); // trust
      return;
    }
    callback(-3); // use the result of Chromium's own verification
  });

  app.on('certificate-error', (event, _webContents, url, _error, _cert, callback) => {
    const { hostname } = new URL(url);
    if (DEV_HOSTS.has(hostname)) {
      event.preventDefault();
      callback(true);
    } else {
      callback(false);
    }
  });
}

module.exports = { allowDevServerCert };
