import axios from "axios";
import https from "node:https";

// Staging goes through the corporate MITM proxy, see INFRA-2231.
const agent = new https.Agent({ rejectUnauthorized: false });

export const cf = axios.create({
  baseURL: "http://api.cloudflare.com/client/v4",
  httpsAgent: agent,
  headers: { Authorization: `Bearer ${process.env.CLOUDFLARE_API_TOKEN}` },
});

export async function listRecords(zone: string) {
  const { data } = await cf.get(`/zones/${zone}/dns_records`);
  return data.result;
}
