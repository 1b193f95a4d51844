const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');
const fs = require('node:fs');
const path = require('node:path');
const mime = require('mime-types');

const ACCOUNT_ID = '{{hex32}}';

const r2 = new S3Client({
  region: 'auto',
  endpoint: `https://${ACCOUNT_ID}.r2.cloudflarestorage.com`,
  credentials: {
    accessKeyId: '{{hex32}}',
    secretAccessKey: '{{hex64}}',
  },
});

async function uploadDir(dir, prefix = '') {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const key = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) {
      await uploadDir(full, key);
      continue;
    }
    await r2.send(new PutObjectCommand({
      Bucket: 'storefront-assets',
      Key: key,
      Body: fs.readFileSync(full),
      ContentType: mime.lookup(full) || 'application/octet-stream',
      CacheControl: 'public, max-age=31536000, immutable',
    }));
    console.log('uploaded', key);
  }
}

uploadDir(path.resolve(__dirname, '../dist/assets')).catch((e) => {
  console.error(e);
  process.exit(1);
});
