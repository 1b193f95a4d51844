const headers = new Headers();
headers.append('X-Auth-Email', 'workers@example.dev');
headers.append('X-Auth-Key', '{{hex37}}');

export async function listScripts(accountId) {
  const r = await fetch(`https://api.cloudflare.com/client/v4/accounts/${accountId}/workers/scripts`, { headers });
  return (await r.json()).result;
}
