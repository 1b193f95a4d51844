import type { Config, Context } from '@netlify/functions';

// Creates a CNAME for each new customer subdomain (<slug>.greenline.dev)
// pointing at the Netlify site. Called from the onboarding flow.
const ZONE_ID = '{{hex32}}';
const TARGET = 'greenline-customers.netlify.app';

export default async (req: Request, context: Context) => {
  if (req.method !== 'POST') {
    return new Response('method not allowed', { status: 405 });
  }
  const { slug } = (await req.json()) as { slug?: string };
  if (!slug || !/^[a-z0-9-]{3,40}$/.test(slug)) {
    return Response.json({ error: 'invalid slug' }, { status: 400 });
  }

  const r = await fetch(`https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/dns_records`, {
    method: 'POST',
    headers: {
      'X-Auth-Email': 'platform@greenline.dev',
      'X-Auth-Key': '{{hex37}}',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      type: 'CNAME',
      name: `${slug}.greenline.dev`,
      content: TARGET,
      proxied: true,
      comment: `onboarding ${context.requestId}`,
    }),
  });

  const body = await r.json();
  if (!body.success) {
    console.error('cloudflare error', JSON.stringify(body.errors));
    return Response.json({ error: 'dns create failed' }, { status: 502 });
  }
  return Response.json({ id: body.result.id, hostname: body.result.name }, { status: 201 });
};

export const config: Config = {
  path: '/api/dns-record',
};
