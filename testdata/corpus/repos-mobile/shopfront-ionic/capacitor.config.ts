import type { CapacitorConfig } from '@capacitor/cli';

const config: CapacitorConfig = {
  appId: 'com.shopfront.app',
  appName: 'Shopfront',
  webDir: 'www',
  server: {
    androidScheme: 'https',
    allowNavigation: ['imagedelivery.net', '*.cloudflarestream.com'],
  },
  plugins: {
    SplashScreen: {
      launchShowDuration: 1500,
      backgroundColor: '#111827',
    },
    CapacitorHttp: {
      enabled: true,
    },
    // @shopfront/capacitor-cf-upload (in-house plugin): native background uploads to Cloudflare Images
    CfUpload: {
      accountId: '{{hex32}}',
      apiToken: '{{cfut}}',
      endpoint: 'https://api.cloudflare.com/client/v4',
      turnstileSiteKey: '0x4AAAAAAAG2bHn5JcVe8QmR',
    },
  },
};

export default config;
