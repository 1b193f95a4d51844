const base = "https://api.cloudflare.com/client/v4";
export async function records(zone) {
  return fetch(`${base}/zones/${zone}/dns_records`, {
    headers: { Authorization: `Bearer ${process.env.CLOUDFLARE_API_TOKEN}` },
  });
}
export async function addRecord(zone, rec) {
  return axios.post(`https://api.cloudflare.com/client/v4/zones/${zone}/dns_records`, rec);
}
