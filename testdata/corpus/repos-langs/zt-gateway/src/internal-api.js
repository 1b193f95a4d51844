// Calls the internal admin API that sits behind Cloudflare Access.
const ADMIN = 'https://admin.internal.example.com';

const ACCESS_HEADERS = {
  'CF-Access-Client-Id': '{{hex32}}.access',
  'CF-Access-Client-Secret': '{{hex64}}',
};

export async function getUsers() {
  const r = await fetch(`${ADMIN}/api/users`, { headers: ACCESS_HEADERS });
  if (!r.ok) throw new Error(`admin api: ${r.status}`);
  return r.json();
}
