// Generates 320px thumbnails for new uploads, stores them in R2 and purges
// the old thumbnail URL from the Cloudflare cache. All settings come from
// the Lambda environment (see serverless.yml).
import { S3Client as AwsS3, GetObjectCommand } from '@aws-sdk/client-s3';
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import sharp from 'sharp';

const aws = new AwsS3({});

const r2 = new S3Client({
  region: 'auto',
  endpoint: process.env.R2_ENDPOINT,
  credentials: {
    accessKeyId: process.env.R2_ACCESS_KEY_ID,
    secretAccessKey: process.env.R2_SECRET_ACCESS_KEY,
  },
});

async function purge(url) {
  const r = await fetch(`${process.env.CF_API_BASE}/zones/${process.env.CF_ZONE_ID}/purge_cache`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${process.env.CF_API_TOKEN}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ files: [url] }),
  });
  if (!r.ok) console.warn('purge failed', r.status, await r.text());
}

export async function thumbnail(event) {
  for (const record of event.Records) {
    const bucket = record.s3.bucket.name;
    const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));

    const src = await aws.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const input = Buffer.from(await src.Body.transformToByteArray());
    const out = await sharp(input).resize({ width: 320 }).webp({ quality: 78 }).toBuffer();

    const thumbKey = `thumbs/${key.replace(/\.jpe?g$/i, '')}.webp`;
    await r2.send(new PutObjectCommand({
      Bucket: process.env.R2_BUCKET,
      Key: thumbKey,
      Body: out,
      ContentType: 'image/webp',
      CacheControl: 'public, max-age=31536000, immutable',
    }));

    await purge(`https://media.greenline.dev/${thumbKey}`);
  }
  return { ok: true };
}
