'use strict';

const https = require('node:https');
const axios = require('axios');
const keytar = require('keytar');
const store = require('./store');

const SERVICE = 'dev.flaredesk.app';

// used when Settings -> Network -> "Allow self-signed certificates" is on
// (people running a TLS-intercepting proxy in front of api.cloudflare.com)
const lenientAgent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });
const strictAgent = new https.Agent({ keepAlive: true });

async function credentials() {
  const { type, email } = store.get('auth');
  if (type === 'global') {
    return { type, email, key: await keytar.getPassword(SERVICE, 'global-api-key') };
  }
  return { type: 'token', token: await keytar.getPassword(SERVICE, 'api-token') };
}

async function client() {
  const cred = await credentials();
  const headers = { 'Content-Type': 'application/json', 'User-Agent': 'FlareDesk/0.9' };
  if (cred.type === 'global') {
    headers['X-Auth-Email'] = cred.email;
    headers['X-Auth-Key'] = cred.key;
  } else {
    headers.Authorization = `Bearer ${cred.token}`;
  }
  return axios.create({
    baseURL: store.get('baseUrl'),
    headers,
    timeout: 20000,
    httpsAgent: store.get('network.allowSelfSigned') ? lenientAgent : strictAgent,
  });
}

async function call(method, url, data) {
  const http = await client();
  const { data: body } = await http.request({ method, url, data });
  if (!body.success) {
    const err = new Error(body.errors.map((e) => e.message).join('; '));
    err.cfErrors = body.errors;
    throw err;
  }
  return body;
}

async function listZones() {
  const out = [];
  for (let page = 1; ; page++) {
    const body = await call('get', `/zones?per_page=50&page=${page}`);
    out.push(...body.result);
    if (page >= body.result_info.total_pages) return out;
  }
}

const listRecords = async (zoneId) => (await call('get', `/zones/${zoneId}/dns_records?per_page=500`)).result;
const patchRecord = async (zoneId, id, patch) => (await call('patch', `/zones/${zoneId}/dns_records/${id}`, patch)).result;
const purge = async (zoneId, files) => call('post', `/zones/${zoneId}/purge_cache`, files?.length ? { files } : { purge_everything: true });

module.exports = { listZones, listRecords, patchRecord, purge, SERVICE };
