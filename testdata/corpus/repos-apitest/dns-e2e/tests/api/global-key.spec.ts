import { expect, request, test } from '@playwright/test';

// Keeps the legacy integration (billing exporter) honest until it moves to tokens.
test.describe('legacy global key account', () => {
  test('can read account settings', async () => {
    const ctx = await request.newContext({
      baseURL: 'https://api.cloudflare.com/client/v4/',
      extraHTTPHeaders: {
        'X-Auth-Email': 'billing-exporter@example.com',
        'X-Auth-Key': '{{cfk}}',
      },
    });
    const res = await ctx.get('accounts?per_page=5');
    expect(res.ok()).toBeTruthy();
    const body = await res.json();
    expect(body.success).toBe(true);
    await ctx.dispose();
  });
});
