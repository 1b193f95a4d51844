import type { Config, Context } from "@netlify/functions";

// Scheduled (see netlify.toml) + callable from the admin UI.
// CLOUDFLARE_API_TOKEN is set in the Netlify UI (Site configuration > Environment
// variables, scope: Functions) - do not add it to netlify.toml.

const CF_API = "https://api.cloudflare.com/client/v4";

interface PurgeBody {
  tags?: string[];
  files?: string[];
  everything?: boolean;
}

export default async (req: Request, context: Context) => {
  const token = Netlify.env.get("CLOUDFLARE_API_TOKEN");
  const zoneId = Netlify.env.get("CLOUDFLARE_ZONE_ID");
  if (!token || !zoneId) {
    return new Response("Cloudflare not configured", { status: 500 });
  }

  let body: PurgeBody = { tags: ["storefront"] };
  if (req.method === "POST") {
    const adminKey = req.headers.get("x-admin-key");
    if (adminKey !== Netlify.env.get("ADMIN_API_KEY")) {
      return new Response("forbidden", { status: 403 });
    }
    body = (await req.json()) as PurgeBody;
  }

  const payload = body.everything
    ? { purge_everything: true }
    : body.files
      ? { files: body.files }
      : { tags: body.tags ?? ["storefront"] };

  const res = await fetch(`${CF_API}/zones/${zoneId}/purge_cache`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${token}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify(payload),
  });

  const json = await res.json();
  console.log(`purge ${JSON.stringify(payload)} -> ${res.status} (${context.requestId})`);
  return Response.json(json, { status: res.status });
};

export const config: Config = {
  path: "/api/purge",
};
