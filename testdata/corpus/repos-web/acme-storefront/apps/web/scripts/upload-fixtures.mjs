#!/usr/bin/env node
// One-off: push the demo catalogue images into the staging bucket.
// usage: node scripts/upload-fixtures.mjs ./fixtures/images
import { readdir, readFile } from "node:fs/promises";
import { join, extname } from "node:path";
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";

const client = new S3Client({
  region: "auto",
  endpoint: "https://{{hex32}}.r2.cloudflarestorage.com",
  credentials: {
    accessKeyId: "{{hex32}}",
    secretAccessKey: "{{hex64}}",
  },
});

const MIME = { ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp" };

const dir = process.argv[2] ?? "./fixtures/images";
for (const name of await readdir(dir)) {
  const body = await readFile(join(dir, name));
  await client.send(
    new PutObjectCommand({
      Bucket: "storefront-media-staging",
      Key: `catalogue/${name}`,
      Body: body,
      ContentType: MIME[extname(name).toLowerCase()] ?? "application/octet-stream",
    }),
  );
  console.log("uploaded", name);
}
