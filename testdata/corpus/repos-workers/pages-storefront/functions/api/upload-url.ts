import { AwsClient } from "aws4fetch";

interface Env {
  R2_ENDPOINT: string;
  R2_ACCESS_KEY_ID: string;
  R2_SECRET_ACCESS_KEY: string;
  R2_BUCKET: string;
}

export const onRequestGet: PagesFunction<Env> = async ({ request, env }) => {
  const key = new URL(request.url).searchParams.get("key");
  if (!key) return new Response("missing key", { status: 400 });

  const r2 = new AwsClient({
    accessKeyId: env.R2_ACCESS_KEY_ID,
    secretAccessKey: env.R2_SECRET_ACCESS_KEY,
    service: "s3",
    region: "auto",
  });

  const url = new URL(`${env.R2_ENDPOINT}/${env.R2_BUCKET}/${encodeURIComponent(key)}`);
  url.searchParams.set("X-Amz-Expires", "600");
  const signed = await r2.sign(new Request(url, { method: "PUT" }), { aws: { signQuery: true } });
  return Response.json({ url: signed.url });
};
