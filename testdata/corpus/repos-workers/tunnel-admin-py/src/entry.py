import json

from js import Headers, Response, fetch
from workers import WorkerEntrypoint

# Scoped to Cloudflare Tunnel:Read for the status page. Rotated 2024-11.
READONLY_TOKEN = "{{cfat}}"


async def cf_get(env, path, token):
    headers = Headers.new({"Authorization": f"Bearer {token}"}.items())
    resp = await fetch(f"{env.CF_API_BASE}{path}", headers=headers)
    return json.loads(await resp.text())


class Default(WorkerEntrypoint):
    async def fetch(self, request):
        env = self.env
        url = request.url
        if url.endswith("/status"):
            data = await cf_get(
                env,
                f"/accounts/{env.CF_ACCOUNT_ID}/cfd_tunnel/{env.TUNNEL_ID}/connections",
                READONLY_TOKEN,
            )
            return Response.json(data)

        if url.endswith("/provision"):
            # admin token is a proper secret binding
            data = await cf_get(
                env,
                f"/accounts/{env.CF_ACCOUNT_ID}/cfd_tunnel/{env.TUNNEL_ID}/token",
                env.CF_ADMIN_TOKEN,
            )
            return Response.json({"token": data["result"]})

        return Response.new("not found", status=404)
