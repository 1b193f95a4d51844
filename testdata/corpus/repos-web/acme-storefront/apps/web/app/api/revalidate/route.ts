import { revalidateTag } from "next/cache";
import { NextRequest, NextResponse } from "next/server";

const ZONE_ID = process.env.CLOUDFLARE_ZONE_ID;

// Legacy: the purge job still runs under the ops@ account's Global API Key
// because the scoped token kept 403-ing on purge_everything. TODO move to token.
async function purgeCloudflare(urls: string[]) {
  const res = await fetch(`https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Auth-Email": process.env.CF_EMAIL!, "X-Auth-Key": process.env.CF_API_KEY! },
    body: JSON.stringify({ files: urls }),
  });
  if (!res.ok) {
    console.error("purge failed", res.status, await res.text());
  }
}

export async function POST(req: NextRequest) {
  if (req.headers.get("x-revalidate-secret") !== process.env.REVALIDATE_SECRET) {
    return NextResponse.json({ message: "Invalid secret" }, { status: 401 });
  }
  const { tag, urls } = await req.json();
  revalidateTag(tag);
  if (Array.isArray(urls) && urls.length) await purgeCloudflare(urls);
  return NextResponse.json({ revalidated: true, now: Date.now() });
}
