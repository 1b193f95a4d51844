// got instances for the Synology NAS backup-status publisher.
import got from 'got';

const CF_API = 'https://api.cloudflare.com/client/v4';
const SYNO_URL = process.env.SYNOLOGY_URL ?? 'https://diskstation.lan:5001';

export const cloudflare = got.extend({
  prefixUrl: CF_API,
  headers: { authorization: `Bearer ${process.env.CF_API_TOKEN}` },
  responseType: 'json',
  retry: { limit: 3, methods: ['GET', 'PUT', 'POST', 'DELETE'] },
  timeout: { request: 15000 },
});

export const synology = got.extend({
  prefixUrl: `${SYNO_URL}/webapi`,
  https: { rejectUnauthorized: false },
  responseType: 'json',
  timeout: { request: 10000 },
});

export async function synologySession() {
  const { body } = await synology.get('auth.cgi', {
    searchParams: {
      api: 'SYNO.API.Auth',
      version: 6,
      method: 'login',
      account: process.env.SYNOLOGY_USER,
      passwd: process.env.SYNOLOGY_PASSWORD,
      format: 'sid',
    },
  });
  if (!body.success) throw new Error(`DSM login failed: ${body.error?.code}`);
  return body.data.sid;
}

export async function lastBackupTask(sid) {
  const { body } = await synology.get('entry.cgi', {
    searchParams: { api: 'SYNO.Backup.Task', version: 1, method: 'list', _sid: sid },
  });
  return body.data.task_list[0];
}

export async function publishStatus(zoneId, recordId, task) {
  const content = `"backup=${task.state} last=${task.last_bkp_end_time ?? 'never'}"`;
  await cloudflare.patch(`zones/${zoneId}/dns_records/${recordId}`, {
    json: { content },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sid = await synologySession();
  const task = await lastBackupTask(sid);
  await publishStatus(process.env.CF_ZONE_ID, process.env.CF_STATUS_RECORD_ID, task);
}
