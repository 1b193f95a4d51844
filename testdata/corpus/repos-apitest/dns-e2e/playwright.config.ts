import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  retries: process.env.CI ? 2 : 0,
  reporter: [['list'], ['html', { open: 'never' }]],
  projects: [
    {
      name: 'cf-api',
      testMatch: /api\/.*\.spec\.ts/,
      use: {
        baseURL: 'https://api.cloudflare.com/client/v4/',
        extraHTTPHeaders: {
          Accept: 'application/json',
          Authorization: `Bearer ${process.env.CF_API_TOKEN}`,
        },
        // corporate MITM proxy on the self-hosted runners
        ignoreHTTPSErrors: true,
      },
    },
    {
      name: 'ui',
      testMatch: /ui\/.*\.spec\.ts/,
      use: { baseURL: 'https://dns-admin.staging.example.com' },
    },
  ],
});
