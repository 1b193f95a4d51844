"""Unit tests for CloudflareClient against a local stub server.

The stub (tests/stub_server.py) listens on plain HTTP on 127.0.0.1; the production
base URL is only asserted on, never called.
"""
from __future__ import annotations

import threading
from http.server import HTTPServer

import pytest

from dns_sync import clients
from tests.stub_server import StubHandler

STUB_HOST, STUB_PORT = "127.0.0.1", 18089
STUB_BASE = f"http://{STUB_HOST}:{STUB_PORT}/client/v4"
PRODUCTION_BASE = "https://api.cloudflare.com/client/v4"


@pytest.fixture(scope="module")
def stub():
    server = HTTPServer((STUB_HOST, STUB_PORT), StubHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()


@pytest.fixture
def client(monkeypatch, stub):
    monkeypatch.setattr(clients, "CLOUDFLARE_API", STUB_BASE)
    return clients.CloudflareClient(token="unit-test-token")


def test_default_base_is_https_production():
    assert clients.CLOUDFLARE_API == PRODUCTION_BASE


def test_list_records_paginates(client, stub):
    StubHandler.pages = [
        {"result": [{"id": "a", "type": "A", "name": "a.lab.acme.com"}], "result_info": {"total_pages": 2}},
        {"result": [{"id": "b", "type": "A", "name": "b.lab.acme.com"}], "result_info": {"total_pages": 2}},
    ]
    records = client.list_records("{{hex32}}")
    assert [r["id"] for r in records] == ["a", "b"]


def test_upsert_creates_when_missing(client, stub):
    StubHandler.pages = [{"result": {"id": "new", "type": "CNAME", "name": "x.lab.acme.com"}}]
    out = client.upsert("{{hex32}}", {"type": "CNAME", "name": "x.lab.acme.com", "content": "y"}, None)
    assert out["id"] == "new"
    assert StubHandler.last_method == "POST"


def test_upsert_updates_existing(client, stub):
    StubHandler.pages = [{"result": {"id": "abc", "type": "A", "name": "a.lab.acme.com"}}]
    client.upsert("{{hex32}}", {"type": "A", "name": "a.lab.acme.com", "content": "10.0.0.1"}, "abc")
    assert StubHandler.last_method == "PUT"
    assert StubHandler.last_path.endswith("/dns_records/abc")


def test_bearer_header_sent(client, stub):
    StubHandler.pages = [{"result": [], "result_info": {"total_pages": 1}}]
    client.list_records("{{hex32}}")
    assert StubHandler.last_headers["Authorization"] == "Bearer unit-test-token"
