// Windmill script: f/cloudflare/purge_zone
// Purges cache for a zone, either everything or a list of URLs / tags.
// The API token comes from a `cloudflare` resource picked in the run form.

type Cloudflare = {
  token: string;
};

const API = "https://api.cloudflare.com/client/v4";

export async function main(
  cf: Cloudflare,
  zone_id: string,
  purge_everything: boolean = false,
  files: string[] = [],
  tags: string[] = [],
) {
  if (!purge_everything && files.length === 0 && tags.length === 0) {
    throw new Error("nothing to purge: set purge_everything, files or tags");
  }

  const body: Record<string, unknown> = purge_everything
    ? { purge_everything: true }
    : { ...(files.length ? { files } : {}), ...(tags.length ? { tags } : {}) };

  const resp = await fetch(`${API}/zones/${zone_id}/purge_cache`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${cf.token}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify(body),
  });

  const json = await resp.json();
  if (!json.success) {
    throw new Error(`purge failed: ${JSON.stringify(json.errors)}`);
  }
  return { id: json.result.id, purged: purge_everything ? "everything" : files.length + tags.length };
}
