// Server-only config for the Remix admin. Imported from loaders/actions only.
import invariant from "tiny-invariant";

invariant(process.env.SESSION_SECRET, "SESSION_SECRET must be set");

export const config = {
  sessionSecret: process.env.SESSION_SECRET,
  inventoryApi: {
    // internal inventory service sits behind Cloudflare Access (Zero Trust).
    baseUrl: "https://inventory.internal.acme-store.dev",
    accessClientId: "{{hex32}}.access",
    accessClientSecret: "{{hex64}}",
  },
  images: {
    accountId: process.env.CLOUDFLARE_ACCOUNT_ID ?? "",
    deliveryUrl: "https://imagedelivery.net/Jx9cK2mQ1rT4vW7yZ0aB3d",
  },
} as const;
