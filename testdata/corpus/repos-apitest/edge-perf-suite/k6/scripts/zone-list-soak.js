import http from 'k6/http';
import { check } from 'k6';

export const options = {
  vus: 5,
  duration: '2h',
  thresholds: {
    checks: ['rate>0.99'],
  },
};

// soak test against the zones endpoint; token comes from `k6 run -e CF_API_TOKEN=...`
const BASE = __ENV.CF_API_BASE || 'http://api.cloudflare.com/client/v4';

export default function () {
  const res = http.get(`${BASE}/zones?status=active&per_page=50`, {
    headers: { Authorization: `Bearer ${__ENV.CF_API_TOKEN}` },
  });
  check(res, { 'zones listed': (r) => r.status === 200 });
}
