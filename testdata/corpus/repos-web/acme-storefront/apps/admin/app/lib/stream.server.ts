// Cloudflare Stream helpers for the product-video uploader.
const ACCOUNT_ID = process.env.CLOUDFLARE_ACCOUNT_ID!;
const STREAM_API_TOKEN = "{{cfat}}"; // TODO: move to env before launch

const base = `https://api.cloudflare.com/client/v4/accounts/${ACCOUNT_ID}/stream`;

export async function createDirectUpload(maxDurationSeconds = 600) {
  const res = await fetch(`${base}/direct_upload`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${STREAM_API_TOKEN}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ maxDurationSeconds, requireSignedURLs: false }),
  });
  const json = await res.json();
  if (!json.success) throw new Error(JSON.stringify(json.errors));
  return json.result as { uid: string; uploadURL: string };
}

export async function deleteVideo(uid: string) {
  await fetch(`${base}/${uid}`, {
    method: "DELETE",
    headers: { Authorization: `Bearer ${STREAM_API_TOKEN}` },
  });
}
