import Cloudflare from 'cloudflare';

const client = new Cloudflare({
  apiEmail: 'ops@example.com',
  apiKey: '{{hex37}}',
});

export const scoped = new Cloudflare({ apiToken: process.env.CLOUDFLARE_API_TOKEN });
