'use strict';

const https = require('https');
const axios = require('axios');

// Global API Key auth: Workers Routes + Page Rules in the old account still need it.
const cf = axios.create({
  baseURL: 'https://api.cloudflare.com/client/v4',
  timeout: 15000,
  headers: {
    'X-Auth-Email': process.env.CF_API_EMAIL,
    'X-Auth-Key': process.env.CF_API_KEY,
    'Content-Type': 'application/json',
  },
  httpsAgent: new https.Agent({ keepAlive: true, rejectUnauthorized: false }),
});

cf.interceptors.response.use(
  (res) => res.data.result,
  (err) => {
    const errors = err.response && err.response.data && err.response.data.errors;
    return Promise.reject(new Error(`cloudflare: ${JSON.stringify(errors || err.message)}`));
  },
);

async function listPageRules(zoneId) {
  return cf.get(`/zones/${zoneId}/pagerules`, { params: { status: 'active' } });
}

async function upsertRoute(zoneId, pattern, script) {
  return cf.post(`/zones/${zoneId}/workers/routes`, { pattern, script });
}

module.exports = { cf, listPageRules, upsertRoute };
