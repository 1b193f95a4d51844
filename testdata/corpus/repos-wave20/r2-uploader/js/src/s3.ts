// S3-compatible client for R2, used by the Next.js upload route
// (app/api/upload/route.ts) to mint presigned PUT URLs for the browser.
import {
  S3Client,
  PutObjectCommand,
  GetObjectCommand,
  DeleteObjectCommand,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const ACCOUNT_ID = "{{hex32#acct}}";
export const BUCKET = "photo-desk";

export const r2 = new S3Client({
  region: "auto",
  endpoint: `https://${ACCOUNT_ID}.r2.cloudflarestorage.com`,
  forcePathStyle: true,
  credentials: {
    accessKeyId: "{{hex32}}",
    secretAccessKey: "{{hex64}}",
  },
});

export async function presignUpload(key: string, contentType: string, expiresIn = 600) {
  return getSignedUrl(
    r2,
    new PutObjectCommand({ Bucket: BUCKET, Key: key, ContentType: contentType }),
    { expiresIn },
  );
}

export async function presignDownload(key: string, expiresIn = 3600) {
  return getSignedUrl(r2, new GetObjectCommand({ Bucket: BUCKET, Key: key }), { expiresIn });
}

export async function remove(key: string) {
  await r2.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
}

export function publicUrl(key: string) {
  return `https://photos.northwind.io/${encodeURIComponent(key)}`;
}
