#!/usr/bin/env node
import ky from 'ky';

const api = ky.create({
  prefixUrl: 'http://api.cloudflare.com/client/v4',
  headers: { Authorization: `Bearer ${process.env.CLOUDFLARE_API_TOKEN}` },
  timeout: 20_000,
});

const perPage = 50;
let page = 1;
for (;;) {
  const res = await api.get('zones', { searchParams: { page, per_page: perPage } }).json();
  for (const z of res.result) {
    console.log(`${z.id}\t${z.name}\t${z.status}`);
  }
  if (page >= res.result_info.total_pages) break;
  page += 1;
}
