#!/usr/bin/env node
/*
 * One-off helper for users upgrading from FlareDesk 0.6 (Global API Key era).
 * Uses the legacy Global key once to mint a scoped API token, prints it, and
 * tells the user to paste it into Settings -> Account.
 *
 *   npm run migrate:legacy   (reads the e-mail and key from the environment)
 */
'use strict';

const cf = require('cloudflare')({
  email: process.env.CF_EMAIL,
  key: process.env.CF_API_KEY,
});

const DNS_EDIT = '4755a26eedb94da69e1066d98aa820be';   // permission group id "DNS Write"
const ZONE_READ = 'c8fed203ed3043cba015a93ad1616f1f';  // permission group id "Zone Read"

async function main() {
  if (!process.env.CF_EMAIL || !process.env.CF_API_KEY) {
    console.error('Set CF_EMAIL and CF_API_KEY');
    process.exit(2);
  }
  const me = await cf.user.read();
  console.log(`Logged in as ${me.result.email}`);

  const token = await cf.userTokens.create({
    name: `FlareDesk (${new Date().toISOString().slice(0, 10)})`,
    policies: [
      {
        effect: 'allow',
        resources: { 'com.cloudflare.api.account.zone.*': '*' },
        permission_groups: [{ id: DNS_EDIT }, { id: ZONE_READ }],
      },
    ],
  });

  console.log('\nNew scoped API token (shown once):\n');
  console.log('  ' + token.result.value + '\n');
  console.log('Paste it into FlareDesk -> Settings -> Account, then revoke nothing: your Global key stays as is.');
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
