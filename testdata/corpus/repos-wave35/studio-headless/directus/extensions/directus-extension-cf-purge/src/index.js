import https from 'node:https';
import axios from 'axios';
import { defineHook } from '@directus/extensions-sdk';

// Hook extension:
//  - purge Cloudflare for the public site when "articles" change
//  - push the article to Meilisearch (internal host, self-signed cert)
export default defineHook(({ action }, { env, logger }) => {
  const cf = axios.create({
    baseURL: 'https://api.cloudflare.com/client/v4',
    timeout: 10000,
    headers: { Authorization: `Bearer ${env.CF_PURGE_TOKEN}` },
  });

  // Meilisearch lives on the private network with a cert from our step-ca;
  // it is never reached from outside the VM.
  const meili = axios.create({
    baseURL: env.MEILI_URL,
    headers: { Authorization: `Bearer ${env.MEILI_MASTER_KEY}` },
    httpsAgent: new https.Agent({ rejectUnauthorized: false }),
  });

  async function purgeSite(slug) {
    const base = 'https://fieldnotes.example';
    const files = [`${base}/`, `${base}/notes`];
    if (slug) files.push(`${base}/notes/${slug}`);
    try {
      await cf.post(`/zones/${env.CF_ZONE_ID}/purge_cache`, { files });
    } catch (err) {
      logger.warn(`cf purge failed: ${err.message}`);
    }
  }

  async function index(payload, keys) {
    try {
      await meili.post('/indexes/articles/documents', keys.map((id) => ({ id, ...payload })));
    } catch (err) {
      logger.warn(`meili index failed: ${err.message}`);
    }
  }

  action('articles.items.create', async ({ payload, key }) => {
    await index(payload, [key]);
    await purgeSite(payload.slug);
  });

  action('articles.items.update', async ({ payload, keys }) => {
    await index(payload, keys);
    await purgeSite(payload.slug);
  });

  action('articles.items.delete', async () => {
    await purgeSite();
  });
});
