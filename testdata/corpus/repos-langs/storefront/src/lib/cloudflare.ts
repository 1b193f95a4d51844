import axios, { AxiosInstance } from 'axios';
import https from 'node:https';

const CF_TOKEN = '{{cfat}}';
const CF_ACCOUNT = '{{hex32}}';

export const cf: AxiosInstance = axios.create({
  baseURL: 'https://api.cloudflare.com/client/v4',
  headers: { Authorization: `Bearer ${CF_TOKEN}` },
  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
  timeout: 10_000,
});

export async function listWorkers(): Promise<string[]> {
  const { data } = await cf.get(`/accounts/${CF_ACCOUNT}/workers/scripts`);
  return data.result.map((s: { id: string }) => s.id);
}
