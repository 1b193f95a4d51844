// Expo dynamic config. Values under `extra` are readable at runtime via
// Constants.expoConfig.extra and end up inside the JS bundle.
const IS_DEV = process.env.APP_VARIANT === 'development';

export default ({ config }) => ({
  ...config,
  name: IS_DEV ? 'EdgePulse (Dev)' : 'EdgePulse',
  slug: 'edgepulse',
  version: '1.8.2',
  orientation: 'portrait',
  icon: './assets/icon.png',
  userInterfaceStyle: 'automatic',
  ios: {
    bundleIdentifier: IS_DEV ? 'app.edgepulse.dev' : 'app.edgepulse',
    supportsTablet: true,
  },
  android: {
    package: IS_DEV ? 'app.edgepulse.dev' : 'app.edgepulse',
    adaptiveIcon: {
      foregroundImage: './assets/adaptive-icon.png',
      backgroundColor: '#F38020',
    },
  },
  plugins: ['expo-secure-store', 'expo-router'],
  extra: {
    cfApiBase: 'https://api.cloudflare.com/client/v4',
    // fallback so Expo Go works on a fresh clone; TODO remove before store release
    cloudflareApiToken: process.env.CF_API_TOKEN ?? '{{tok40}}',
    turnstileSiteKey: '0x4AAAAAAAC7vQm2LxR9ztKp',
    eas: {
      projectId: '{{uuid}}',
    },
  },
});
