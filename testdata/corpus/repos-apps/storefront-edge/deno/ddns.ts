// deno run --allow-net --allow-env ddns.ts
const email = Deno.env.get("CF_API_EMAIL")!;
const apiKey = Deno.env.get("CF_API_KEY")!;
const zoneId = Deno.env.get("CF_ZONE_ID")!;
const recordName = Deno.env.get("DDNS_RECORD") ?? "office.acme.example";

const api = "https://api.cloudflare.com/client/v4";

async function cf<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${api}${path}`, {
    ...init,
    headers: {
      "X-Auth-Email": email,
      "X-Auth-Key": apiKey,
      "Content-Type": "application/json",
    },
  });
  const body = await res.json();
  if (!body.success) throw new Error(JSON.stringify(body.errors));
  return body.result as T;
}

const ip = (await (await fetch("https://api.ipify.org")).text()).trim();
const [rec] = await cf<Array<{ id: string; content: string }>>(
  `/zones/${zoneId}/dns_records?type=A&name=${recordName}`,
);
if (rec && rec.content !== ip) {
  await cf(`/zones/${zoneId}/dns_records/${rec.id}`, {
    method: "PATCH",
    body: JSON.stringify({ content: ip }),
  });
  console.log(`updated ${recordName} -> ${ip}`);
}
