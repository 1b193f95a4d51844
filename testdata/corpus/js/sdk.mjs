import Cloudflare from 'cloudflare';

const client = new Cloudflare({
  apiEmail: process.env['CLOUDFLARE_EMAIL'],
  apiKey: process.env['CLOUDFLARE_API_KEY'],
});

const tokenClient = new Cloudflare({ apiToken: process.env.CLOUDFLARE_API_TOKEN });

export async function zones() {
  const out = [];
  for await (const zone of tokenClient.zones.list()) out.push(zone.name);
  return out;
}

export { client };
