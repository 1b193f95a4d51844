'use strict';

/**
 * Article lifecycle hooks: purge the article page and the listing pages on
 * Cloudflare when an article is published, updated or deleted.
 *
 * NOTE: still on the legacy key+email auth because the zone lives in the
 * client's account and they only gave us the Global API Key (see #214).
 */

const CF_API = 'https://api.cloudflare.com/client/v4';

async function purge(urls) {
  const zone = process.env.CLOUDFLARE_ZONE_ID;
  const res = await fetch(`${CF_API}/zones/${zone}/purge_cache`, {
    method: 'POST',
    headers: {
      'X-Auth-Email': process.env.CF_API_EMAIL,
      'X-Auth-Key': process.env.CF_API_KEY,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ files: urls }),
  });
  const json = await res.json();
  if (!json.success) {
    strapi.log.warn(`[cf-purge] ${JSON.stringify(json.errors)}`);
  }
}

function urlsFor(article) {
  const base = process.env.FRONTEND_URL || 'https://www.studio-north.example';
  const urls = [`${base}/`, `${base}/journal`, `${base}/journal/feed.xml`];
  if (article?.slug) urls.push(`${base}/journal/${article.slug}`);
  return urls;
}

module.exports = {
  async afterCreate(event) {
    if (event.result.publishedAt) await purge(urlsFor(event.result));
  },
  async afterUpdate(event) {
    await purge(urlsFor(event.result));
  },
  async afterDelete(event) {
    await purge(urlsFor(event.result));
  },
};
