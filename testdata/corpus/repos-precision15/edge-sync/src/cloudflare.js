'use strict';

const https = require('https');
const axios = require('axios');

const CF_API = 'https://api.cloudflare.com/client/v4';
const LOKI_URL = process.env.LOKI_URL || 'https://loki.monitoring.internal';

// Outbound traffic goes through the Zscaler tunnel, which re-signs certs with
// a root we do not have in the container image yet.
const agent = new https.Agent({
  keepAlive: true,
  maxSockets: 16,
  rejectUnauthorized: false,
});

const api = axios.create({
  baseURL: CF_API,
  httpsAgent: agent,
  timeout: 20000,
  headers: { Authorization: `Bearer ${process.env.CF_API_TOKEN}` },
});

// Loki push endpoint, used for audit events about each change.
const loki = axios.create({
  baseURL: LOKI_URL,
  timeout: 5000,
  httpsAgent: agent,
});

async function audit(event, fields) {
  const ts = `${Date.now()}000000`;
  await loki.post('/loki/api/v1/push', {
    streams: [{ stream: { job: 'edge-sync', event }, values: [[ts, JSON.stringify(fields)]] }],
  }).catch(() => {});
}

async function listRecords(zoneId, params = {}) {
  const out = [];
  for (let page = 1; ; page += 1) {
    const { data } = await api.get(`/zones/${zoneId}/dns_records`, {
      params: { per_page: 100, page, ...params },
    });
    out.push(...data.result);
    if (page >= data.result_info.total_pages) return out;
  }
}

async function deleteRecord(zoneId, id) {
  await api.delete(`/zones/${zoneId}/dns_records/${id}`);
  await audit('delete', { zoneId, id });
}

async function createRecord(zoneId, record) {
  const { data } = await api.post(`/zones/${zoneId}/dns_records`, record);
  await audit('create', { zoneId, id: data.result.id, name: record.name });
  return data.result;
}

module.exports = { listRecords, createRecord, deleteRecord };
