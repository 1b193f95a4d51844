#!/usr/bin/env node
// Pull Workers invocation stats for the account and print a table.
//   CF_API_TOKEN=... CF_ACCOUNT_ID=... node graphql-pull.js [hours]
'use strict';

const https = require('node:https');

const ACCOUNT_ID = process.env.CF_ACCOUNT_ID;
const TOKEN = process.env.CF_API_TOKEN;
const HOURS = Number(process.argv[2] || 24);

if (!ACCOUNT_ID || !TOKEN) {
  console.error('CF_ACCOUNT_ID and CF_API_TOKEN must be set');
  process.exit(1);
}

const query = `
query ($accountTag: string!, $since: Time!, $until: Time!) {
  viewer {
    accounts(filter: { accountTag: $accountTag }) {
      workersInvocationsAdaptive(
        limit: 100
        filter: { datetime_geq: $since, datetime_leq: $until }
        orderBy: [sum_requests_DESC]
      ) {
        dimensions { scriptName status }
        sum { requests errors subrequests }
        quantiles { cpuTimeP50 cpuTimeP99 }
      }
    }
  }
}`;

// laptop runs this behind the corporate proxy that re-signs TLS
const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });

function post(body) {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        hostname: 'api.cloudflare.com',
        path: '/client/v4/graphql',
        method: 'POST',
        agent,
        headers: {
          Authorization: `Bearer ${TOKEN}`,
          'Content-Type': 'application/json',
        },
      },
      (res) => {
        let data = '';
        res.on('data', (c) => (data += c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(data));
          } catch (e) {
            reject(e);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

(async () => {
  const until = new Date();
  const since = new Date(until.getTime() - HOURS * 3600 * 1000);
  const res = await post({
    query,
    variables: { accountTag: ACCOUNT_ID, since: since.toISOString(), until: until.toISOString() },
  });
  if (res.errors) {
    console.error(JSON.stringify(res.errors, null, 2));
    process.exit(2);
  }
  const rows = res.data.viewer.accounts[0].workersInvocationsAdaptive.map((r) => ({
    script: r.dimensions.scriptName,
    status: r.dimensions.status,
    requests: r.sum.requests,
    errors: r.sum.errors,
    cpuP50: r.quantiles.cpuTimeP50,
    cpuP99: r.quantiles.cpuTimeP99,
  }));
  console.table(rows);
})();
