import http from 'k6/http';
import { check, fail } from 'k6';

export const options = {
  vus: 1,
  iterations: 3,
};

const API = 'https://api.cloudflare.com/client/v4';

export function setup() {
  if (!__ENV.CF_API_TOKEN || !__ENV.CF_ZONE_ID) {
    fail('set CF_API_TOKEN and CF_ZONE_ID (see README)');
  }
  return { token: __ENV.CF_API_TOKEN, zone: __ENV.CF_ZONE_ID };
}

export default function (data) {
  const body = JSON.stringify({ files: ['https://static.example.com/k6-smoke.txt'] });
  const res = http.post(`${API}/zones/${data.zone}/purge_cache`, body, {
    headers: {
      Authorization: `Bearer ${data.token}`,
      'Content-Type': 'application/json',
    },
  });
  check(res, { 'purge accepted': (r) => r.status === 200 });
}
