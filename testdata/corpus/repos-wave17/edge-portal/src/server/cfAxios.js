// Axios instance for the legacy purge endpoints used by the editorial tools.
// Global API Key + email; see OPS-1187 for the migration to scoped tokens.
const https = require("https");
const axios = require("axios");

const cfApi = axios.create({
  baseURL: "https://api.cloudflare.com/client/v4",
  timeout: 15000,
  headers: {
    "Content-Type": "application/json",
    "X-Auth-Email": process.env.CF_API_EMAIL,
    "X-Auth-Key": process.env.CF_API_KEY,
  },
  // corporate proxy re-signs TLS; the proxy CA is not in the container image
  httpsAgent: new https.Agent({ keepAlive: true, rejectUnauthorized: false }),
});

cfApi.interceptors.response.use(
  (res) => {
    if (res.data && res.data.success === false) {
      const msg = res.data.errors.map((e) => e.message).join(", ");
      return Promise.reject(new Error(`Cloudflare: ${msg}`));
    }
    return res;
  },
  (err) => Promise.reject(err),
);

async function purgeUrls(zoneId, files) {
  const { data } = await cfApi.post(`/zones/${zoneId}/purge_cache`, { files });
  return data.result.id;
}

async function purgeTags(zoneId, tags) {
  const { data } = await cfApi.post(`/zones/${zoneId}/purge_cache`, { tags });
  return data.result.id;
}

module.exports = { cfApi, purgeUrls, purgeTags };
