const ZONE = Deno.env.get("CF_ZONE_ID")!;

export async function purge(): Promise<void> {
  const res = await fetch(`http://api.cloudflare.com/client/v4/zones/${ZONE}/purge_cache`, {
    method: "POST",
    headers: { "Authorization": `Bearer ${Deno.env.get("CF_API_TOKEN")}` },
    body: JSON.stringify({ purge_everything: true }),
  });
  if (!res.ok) throw new Error(await res.text());
}
