const API = "https://api.cloudflare.com/client/v4";
export async function upload(account, name, body) {
  const res = await fetch(`${API}/accounts/${account}/workers/scripts/${name}`, {
    method: "PUT",
    headers: { Authorization: `Bearer ${process.env.CLOUDFLARE_API_TOKEN}` },
    body,
  });
  return res.json();
}
export const purge = (zone) => axios.post(`${API}/zones/${zone}/purge_cache`, { purge_everything: true });
