'use strict';

// HTTP clients shared by the UniFi -> Cloudflare DNS sync job.
const https = require('https');
const axios = require('axios');

const CF_API = 'https://api.cloudflare.com/client/v4';
const UNIFI_URL = process.env.UNIFI_URL || 'https://unifi.lan:8443';

// The UniFi controller only has its self-generated certificate.
const lanAgent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });

const cf = axios.create({
  baseURL: CF_API,
  timeout: 15000,
  headers: {
    Authorization: `Bearer ${process.env.CLOUDFLARE_API_TOKEN}`,
    'Content-Type': 'application/json',
  },
});

const unifi = axios.create({
  baseURL: UNIFI_URL,
  timeout: 10000,
  httpsAgent: lanAgent,
  withCredentials: true,
});

async function unifiLogin() {
  const res = await unifi.post('/api/auth/login', {
    username: process.env.UNIFI_USER,
    password: process.env.UNIFI_PASSWORD,
  });
  unifi.defaults.headers.Cookie = res.headers['set-cookie'].join('; ');
}

async function activeClients() {
  const { data } = await unifi.get('/proxy/network/api/s/default/stat/sta');
  return data.data
    .filter((c) => c.hostname && c.ip)
    .map((c) => ({ name: c.hostname.toLowerCase(), ip: c.ip }));
}

async function upsertRecord(zoneId, name, ip) {
  const { data } = await cf.get(`/zones/${zoneId}/dns_records`, {
    params: { type: 'A', name },
  });
  const body = { type: 'A', name, content: ip, ttl: 300, proxied: false };
  if (data.result.length) {
    await cf.put(`/zones/${zoneId}/dns_records/${data.result[0].id}`, body);
  } else {
    await cf.post(`/zones/${zoneId}/dns_records`, body);
  }
}

module.exports = { cf, unifi, unifiLogin, activeClients, upsertRecord };
