import { expect, test } from '@playwright/test';

const zoneId = process.env.CF_ZONE_ID ?? '';

test('zone is active', async ({ request }) => {
  test.skip(!zoneId, 'CF_ZONE_ID not set');
  const res = await request.get(`zones/${zoneId}`);
  expect(res.status()).toBe(200);
  const { result } = await res.json();
  expect(result.status).toBe('active');
});

test('token can list DNS records', async ({ request }) => {
  const res = await request.get(`zones/${zoneId}/dns_records`, {
    params: { per_page: 5 },
    headers: { Authorization: `Bearer ${process.env.CF_API_TOKEN}` },
  });
  expect(res.ok()).toBeTruthy();
});
