// vCenter inventory -> Cloudflare DNS.
//
// The HTTPS agent is built once and handed to both API wrappers.
import https from 'node:https';
import axios, { AxiosInstance } from 'axios';

const CF_API = 'https://api.cloudflare.com/client/v4';

export class VCenterClient {
  private http: AxiosInstance;

  constructor(host: string, agent: https.Agent) {
    this.http = axios.create({ baseURL: `https://${host}/api`, httpsAgent: agent });
  }

  async login(user: string, password: string): Promise<void> {
    const { data } = await this.http.post('/session', null, { auth: { username: user, password } });
    this.http.defaults.headers.common['vmware-api-session-id'] = data;
  }

  async vms(): Promise<{ name: string; ip?: string }[]> {
    const { data } = await this.http.get('/vcenter/vm', { params: { power_states: 'POWERED_ON' } });
    const out = [];
    for (const vm of data) {
      const ident = await this.http.get(`/vcenter/vm/${vm.vm}/guest/identity`).catch(() => null);
      out.push({ name: vm.name, ip: ident?.data?.ip_address });
    }
    return out;
  }
}

export class CloudflareDns {
  private http: AxiosInstance;

  constructor(private zoneId: string, agent: https.Agent) {
    this.http = axios.create({
      baseURL: CF_API,
      httpsAgent: agent,
      headers: { Authorization: `Bearer ${process.env.CF_API_TOKEN}` },
    });
  }

  async upsertA(name: string, ip: string): Promise<void> {
    const { data } = await this.http.get(`/zones/${this.zoneId}/dns_records`, { params: { name, type: 'A' } });
    const body = { type: 'A', name, content: ip, ttl: 300 };
    if (data.result.length) {
      await this.http.put(`/zones/${this.zoneId}/dns_records/${data.result[0].id}`, body);
    } else {
      await this.http.post(`/zones/${this.zoneId}/dns_records`, body);
    }
  }
}

export async function syncVCenter(): Promise<void> {
  const insecureAgent = new https.Agent({ rejectUnauthorized: false });
  const vc = new VCenterClient(process.env.VCENTER_HOST ?? 'vcsa.lab.internal', insecureAgent);
  const dns = new CloudflareDns(process.env.CF_ZONE_ID as string, insecureAgent);

  await vc.login(process.env.VCENTER_USER as string, process.env.VCENTER_PASSWORD as string);
  for (const vm of await vc.vms()) {
    if (!vm.ip) continue;
    await dns.upsertA(`${vm.name.toLowerCase()}.vm.example.org`, vm.ip);
  }
}

if (require.main === module) {
  syncVCenter().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
