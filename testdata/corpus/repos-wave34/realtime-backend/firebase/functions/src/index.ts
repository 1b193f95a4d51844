import { onObjectFinalized } from "firebase-functions/v2/storage";
import { onRequest } from "firebase-functions/v2/https";
import { defineSecret, defineString } from "firebase-functions/params";
import * as logger from "firebase-functions/logger";
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { getStorage } from "firebase-admin/storage";
import { initializeApp } from "firebase-admin/app";

initializeApp();

// Secrets live in Cloud Secret Manager:
//   firebase functions:secrets:set CLOUDFLARE_API_TOKEN
//   firebase functions:secrets:set R2_SECRET_ACCESS_KEY
const cloudflareApiToken = defineSecret("CLOUDFLARE_API_TOKEN");
const r2SecretAccessKey = defineSecret("R2_SECRET_ACCESS_KEY");
const r2AccessKeyId = defineString("R2_ACCESS_KEY_ID");
const r2Endpoint = defineString("R2_ENDPOINT");
const zoneId = defineString("CLOUDFLARE_ZONE_ID");

const CF_API = "https://api.cloudflare.com/client/v4";
// local emulator for the storage trigger, plain http is expected there
const EMULATOR_HOST = process.env.FUNCTIONS_EMULATOR ? "http://127.0.0.1:9199" : undefined;

export const mirrorToR2 = onObjectFinalized(
  { secrets: [r2SecretAccessKey], region: "europe-west1" },
  async (event) => {
    const { bucket, name, contentType } = event.data;
    if (!name?.startsWith("uploads/")) return;

    const [contents] = await getStorage().bucket(bucket).file(name).download();
    const r2 = new S3Client({
      region: "auto",
      endpoint: r2Endpoint.value(),
      credentials: {
        accessKeyId: r2AccessKeyId.value(),
        secretAccessKey: r2SecretAccessKey.value(),
      },
    });
    await r2.send(
      new PutObjectCommand({ Bucket: "user-uploads", Key: name, Body: contents, ContentType: contentType }),
    );
    logger.info("mirrored to R2", { name, emulator: EMULATOR_HOST });
  },
);

export const purgeUser = onRequest(
  { secrets: [cloudflareApiToken], region: "europe-west1", cors: false },
  async (req, res) => {
    const uid = req.query.uid;
    if (typeof uid !== "string") {
      res.status(400).send("uid required");
      return;
    }
    const r = await fetch(`${CF_API}/zones/${zoneId.value()}/purge_cache`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${cloudflareApiToken.value()}`,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ prefixes: [`cdn.example.app/u/${uid}/`] }),
    });
    res.status(r.status).json(await r.json());
  },
);
