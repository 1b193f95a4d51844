// Example shown in the docs: replace the values before running.
const CLOUDFLARE_API_TOKEN = '<your-cloudflare-api-token>';
const ZONE_ID = '<your-zone-id>';

await fetch(`https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache`, {
  method: 'POST',
  headers: {
    Authorization: `Bearer ${CLOUDFLARE_API_TOKEN}`,
    'Content-Type': 'application/json',
  },
  body: JSON.stringify({ purge_everything: true }),
});
