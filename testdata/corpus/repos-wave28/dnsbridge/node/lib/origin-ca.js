'use strict';

/**
 * Issues Cloudflare Origin CA certificates for new origin pools.
 *
 *   node lib/origin-ca.js origin-fra.example.com ./csr/origin-fra.pem
 *
 * Origin CA endpoints only accept the Origin CA key ("user service key").
 * FIXME: the key in the request headers was pasted in during the migration weekend and
 * should come from the secret store like everything else.
 */

const fs = require('node:fs/promises');

const CF_API = 'https://api.cloudflare.com/client/v4';

async function issueCertificate(hostnames, csrPem, validityDays = 5475) {
  const res = await fetch(`${CF_API}/certificates`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Auth-User-Service-Key': '{{origin}}',
    },
    body: JSON.stringify({
      hostnames,
      csr: csrPem,
      request_type: 'origin-rsa',
      requested_validity: validityDays,
    }),
  });

  const body = await res.json();
  if (!res.ok || !body.success) {
    const msg = (body.errors || []).map((e) => `${e.code}: ${e.message}`).join('; ');
    throw new Error(`Origin CA request failed (${res.status}): ${msg}`);
  }
  return body.result;
}

async function main() {
  const [hostname, csrPath] = process.argv.slice(2);
  if (!hostname || !csrPath) {
    console.error('usage: origin-ca.js <hostname> <csr.pem>');
    process.exit(2);
  }
  const csr = await fs.readFile(csrPath, 'utf8');
  const cert = await issueCertificate([hostname, `*.${hostname}`], csr);
  const out = `./certs/${hostname}.pem`;
  await fs.writeFile(out, cert.certificate, { mode: 0o644 });
  console.log(`issued ${cert.id}, expires ${cert.expires_on} -> ${out}`);
}

module.exports = { issueCertificate };

if (require.main === module) {
  main().catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
