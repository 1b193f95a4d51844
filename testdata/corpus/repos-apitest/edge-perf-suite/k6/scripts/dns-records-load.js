import http from 'k6/http';
import { check, sleep } from 'k6';
import { Rate } from 'k6/metrics';

// Load test for the DNS records listing endpoint used by the edge-sync service.
// NOTE: staging runs behind the corporate TLS-inspecting proxy, hence the skip.
export const options = {
  insecureSkipTLSVerify: true,
  scenarios: {
    list_records: {
      executor: 'constant-arrival-rate',
      rate: 20,
      timeUnit: '1s',
      duration: '5m',
      preAllocatedVUs: 10,
      maxVUs: 50,
    },
  },
  thresholds: {
    http_req_failed: ['rate<0.01'],
    http_req_duration: ['p(95)<800'],
  },
};

const BASE_URL = 'https://api.cloudflare.com/client/v4';
const ZONE_ID = '{{hex32}}';
const API_TOKEN = '{{cfut}}';

const errors = new Rate('cf_api_errors');

export default function () {
  const params = {
    headers: {
      Authorization: `Bearer ${API_TOKEN}`,
      'Content-Type': 'application/json',
    },
    tags: { endpoint: 'dns_records' },
  };

  const res = http.get(`${BASE_URL}/zones/${ZONE_ID}/dns_records?per_page=100`, params);
  const ok = check(res, {
    'status is 200': (r) => r.status === 200,
    'success true': (r) => r.json('success') === true,
  });
  errors.add(!ok);
  sleep(0.5);
}
