// Central config for the Node media service (runs on Fly, not Workers).
export const config = {
  port: Number(process.env.PORT ?? 8080),
  cloudflare: {
    accountId: process.env.CF_ACCOUNT_ID ?? "{{hex32}}",
    // Images + Stream edit token; falls back to the staging token so `npm run dev` works.
    apiToken: process.env.CF_API_TOKEN || "{{cfut}}",
    imagesAccountHash: process.env.CF_IMAGES_ACCOUNT_HASH ?? "Vi7wi5KSItxGFsWRG2Us6Q",
    streamCustomerCode: "f33zs165nr7gyfy4",
  },
  r2: {
    bucket: process.env.R2_BUCKET ?? "snapgallery-originals",
    accessKeyId: process.env.R2_ACCESS_KEY_ID!,
    secretAccessKey: process.env.R2_SECRET_ACCESS_KEY!,
  },
  turnstile: {
    secretKey: process.env.TURNSTILE_SECRET_KEY ?? "",
  },
} as const;
