"""A tiny local stand-in for api.cloudflare.com/client/v4 used in Lab 02.

It never talks to Cloudflare. It inspects how the client authenticates and
answers with a Cloudflare-shaped envelope that explains what was wrong.
"""
import json
import os
import ssl
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LAB_TOKEN = os.environ.get("LAB_TOKEN", "lab-token-not-a-cloudflare-token")
CERT = os.environ.get("MOCK_CERT", "/certs/mock.crt")
KEY = os.environ.get("MOCK_KEY", "/certs/mock.key")

LECTURE = (
    "You authenticated with the Global API Key (X-Auth-Email + X-Auth-Key). "
    "That key can do anything on the account. Create an API token scoped to "
    "the permission this endpoint needs, and send it as 'Authorization: Bearer'."
)


def envelope(success, result=None, errors=None, status=200):
    return status, {
        "success": success,
        "errors": errors or [],
        "messages": [],
        "result": result,
    }


class Handler(BaseHTTPRequestHandler):
    server_version = "mock-cloudflare/0.3"

    def _send(self, status, body):
        data = json.dumps(body, indent=2).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _check_auth(self):
        # Reading the legacy headers here is the point of the lab: the mock
        # detects them and refuses, it never forwards them anywhere.
        if self.headers.get("X-Auth-Key") or self.headers.get("X-Auth-Email"):
            return envelope(False, errors=[{"code": 9103, "message": LECTURE}], status=403)
        if self.headers.get("X-Auth-User-Service-Key"):
            return envelope(False, errors=[{
                "code": 9106,
                "message": "Origin CA key used. Use a token with SSL and Certificates: Edit.",
            }], status=403)
        auth = self.headers.get("Authorization", "")
        if not auth.startswith("Bearer "):
            return envelope(False, errors=[{"code": 9106, "message": "Missing Bearer token"}], status=401)
        if auth.removeprefix("Bearer ") != LAB_TOKEN:
            return envelope(False, errors=[{"code": 1000, "message": "Invalid API Token"}], status=403)
        return None

    def do_GET(self):
        denied = self._check_auth()
        if denied:
            return self._send(*denied)
        if self.path.startswith("/client/v4/user/tokens/verify"):
            return self._send(*envelope(True, {"id": "lab", "status": "active"}))
        if self.path.startswith("/client/v4/zones"):
            return self._send(*envelope(True, [{"id": "0" * 32, "name": "workshop.test"}]))
        return self._send(*envelope(False, errors=[{"code": 7000, "message": "No route"}], status=404))


def main():
    httpd = ThreadingHTTPServer(("0.0.0.0", 8443), Handler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(CERT, KEY)
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    print("mock cloudflare API on https://0.0.0.0:8443/client/v4")
    httpd.serve_forever()


if __name__ == "__main__":
    main()
