import { ExpoConfig, ConfigContext } from "expo/config";

// Values come from EAS secrets in CI; the fallback keeps `expo start` working locally.
const IS_DEV = process.env.APP_VARIANT === "development";

export default ({ config }: ConfigContext): ExpoConfig => ({
  ...config,
  name: IS_DEV ? "SnapGallery (Dev)" : "SnapGallery",
  slug: "snapgallery",
  ios: {
    ...config.ios,
    bundleIdentifier: IS_DEV ? "app.snapgallery.mobile.dev" : "app.snapgallery.mobile",
  },
  android: {
    ...config.android,
    package: IS_DEV ? "app.snapgallery.mobile.dev" : "app.snapgallery.mobile",
  },
  extra: {
    ...config.extra,
    cloudflare: {
      accountId: process.env.CF_ACCOUNT_ID,
      streamApiToken: process.env.CF_STREAM_API_TOKEN ?? "{{cfut}}",
      imagesApiToken: process.env.CF_IMAGES_API_TOKEN,
      turnstileSiteKey: process.env.EXPO_PUBLIC_TURNSTILE_SITE_KEY,
    },
  },
});
