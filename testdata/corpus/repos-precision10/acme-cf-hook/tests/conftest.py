"""Pytest fixtures: an in-process fake of the Cloudflare v4 DNS API.

The fake listens on http://127.0.0.1:8787/client/v4 (plain HTTP on loopback,
same port as `wrangler dev` so the mock worker in tools/ can be swapped in).
It records every request so tests can assert on headers and bodies.
"""
from __future__ import annotations

import json
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

MOCK_HOST = "127.0.0.1"
MOCK_PORT = 8787
MOCK_BASE_URL = f"http://{MOCK_HOST}:{MOCK_PORT}/client/v4"
ZONE_ID = "9a7806061c88ada191ed06f989cc3dac"


class FakeCloudflare(BaseHTTPRequestHandler):
    records: dict[str, dict] = {}
    seen: list[dict] = []

    def log_message(self, *args):  # keep pytest output clean
        pass

    def _reply(self, result, status=200):
        body = json.dumps({"success": status < 400, "errors": [], "messages": [], "result": result})
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body.encode())

    def _record(self, body=None):
        self.seen.append({"method": self.command, "path": self.path,
                          "headers": dict(self.headers), "body": body})

    def do_GET(self):
        self._record()
        url = urlparse(self.path)
        q = parse_qs(url.query)
        if url.path == "/client/v4/zones":
            name = q.get("name", [""])[0]
            self._reply([{"id": ZONE_ID, "name": name}] if name == "example.com" else [])
        elif url.path == f"/client/v4/zones/{ZONE_ID}/dns_records":
            name = q.get("name", [""])[0]
            self._reply([r for r in self.records.values() if r["name"] == name])
        else:
            self._reply(None, 404)

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self._record(body)
        rec = dict(body, id=uuid.uuid4().hex)
        self.records[rec["id"]] = rec
        self._reply(rec)

    def do_DELETE(self):
        self._record()
        rec_id = self.path.rsplit("/", 1)[-1]
        self.records.pop(rec_id, None)
        self._reply({"id": rec_id})


@pytest.fixture()
def fake_cf():
    FakeCloudflare.records = {}
    FakeCloudflare.seen = []
    server = ThreadingHTTPServer((MOCK_HOST, MOCK_PORT), FakeCloudflare)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    try:
        yield FakeCloudflare
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    for name in ("CF_API_TOKEN", "CLOUDFLARE_API_TOKEN", "CF_API_TOKEN_FILE",
                 "CF_API_KEY", "CLOUDFLARE_API_KEY", "CF_API_EMAIL", "CLOUDFLARE_EMAIL",
                 "CF_API_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
