/**
 * Integration test for presigned uploads against the real "status-assets-preview" bucket.
 * Skipped in CI unless R2_INTEGRATION=1.
 */
import { describe, it, expect, beforeAll } from "vitest";
import { S3Client, HeadObjectCommand, DeleteObjectCommand } from "@aws-sdk/client-s3";
import { createPresignedUpload } from "../../src/r2";

const RUN = process.env.R2_INTEGRATION === "1";

const ACCOUNT_ID = "{{hex32}}";
const BUCKET = "status-assets-preview";

// preview bucket credentials (Object Read & Write, status-assets-preview only)
const r2Credentials = {
  accessKeyId: "{{hex32}}",
  secretAccessKey: "{{hex64}}",
};

describe.runIf(RUN)("R2 presigned upload", () => {
  let s3: S3Client;

  beforeAll(() => {
    s3 = new S3Client({
      region: "auto",
      endpoint: `https://${ACCOUNT_ID}.r2.cloudflarestorage.com`,
      credentials: r2Credentials,
    });
  });

  it("uploads through a presigned PUT url", async () => {
    const key = `it/${crypto.randomUUID()}.txt`;
    const url = await createPresignedUpload(
      { R2_ACCOUNT_ID: ACCOUNT_ID, R2_ACCESS_KEY_ID: r2Credentials.accessKeyId, R2_SECRET_ACCESS_KEY: r2Credentials.secretAccessKey, R2_PUBLIC_BUCKET: BUCKET } as unknown as Env,
      key,
      { contentType: "text/plain", expiresIn: 60 },
    );
    expect(url).toMatch(/X-Amz-Signature=/);

    const put = await fetch(url, { method: "PUT", body: "hello", headers: { "content-type": "text/plain" } });
    expect(put.status).toBe(200);

    const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(head.ContentLength).toBe(5);

    await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
  });

  it("rejects uploads after expiry", async () => {
    const url = await createPresignedUpload(
      { R2_ACCOUNT_ID: ACCOUNT_ID, R2_ACCESS_KEY_ID: r2Credentials.accessKeyId, R2_SECRET_ACCESS_KEY: r2Credentials.secretAccessKey, R2_PUBLIC_BUCKET: BUCKET } as unknown as Env,
      "it/expired.txt",
      { contentType: "text/plain", expiresIn: 1 },
    );
    await new Promise((r) => setTimeout(r, 2000));
    const put = await fetch(url, { method: "PUT", body: "late" });
    expect(put.status).toBe(403);
  });
});
