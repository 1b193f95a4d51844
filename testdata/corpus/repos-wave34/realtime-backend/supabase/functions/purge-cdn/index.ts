// Supabase Edge Function: purge-cdn
// Invoked by a database webhook on `public.posts` (UPDATE / DELETE) so that the
// cached post pages on cdn.example.app are purged as soon as a post changes.
//
//   supabase functions deploy purge-cdn --no-verify-jwt
//   supabase secrets set CLOUDFLARE_API_TOKEN=<scoped token> CLOUDFLARE_ZONE_ID=<zone id>

import { createClient } from "jsr:@supabase/supabase-js@2";
import { purgeFiles, purgeTags } from "../_shared/cloudflare.ts";

interface WebhookPayload {
  type: "INSERT" | "UPDATE" | "DELETE";
  table: string;
  record: { id: string; slug: string; author_id: string } | null;
  old_record: { id: string; slug: string; author_id: string } | null;
}

const SITE = Deno.env.get("PUBLIC_SITE_URL") ?? "https://cdn.example.app";

Deno.serve(async (req) => {
  // shared secret configured on the database webhook
  if (req.headers.get("x-webhook-secret") !== Deno.env.get("PURGE_WEBHOOK_SECRET")) {
    return new Response("unauthorized", { status: 401 });
  }

  const payload = (await req.json()) as WebhookPayload;
  const row = payload.record ?? payload.old_record;
  if (!row) return new Response("nothing to do", { status: 200 });

  const supabase = createClient(
    Deno.env.get("SUPABASE_URL")!,
    Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!,
  );
  const { data: author } = await supabase
    .from("profiles")
    .select("username")
    .eq("id", row.author_id)
    .single();

  const urls = [`${SITE}/p/${row.slug}`, `${SITE}/`];
  if (author?.username) urls.push(`${SITE}/u/${author.username}`);

  const [files, tags] = await Promise.all([
    purgeFiles(urls),
    purgeTags([`post-${row.id}`]),
  ]);

  return Response.json(
    { purged: urls, ok: files.success && tags.success },
    { status: files.success && tags.success ? 200 : 502 },
  );
});
