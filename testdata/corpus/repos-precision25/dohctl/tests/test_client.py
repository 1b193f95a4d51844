import json

import pytest
import requests
import responses

from dohctl.client import RESOLVERS, DoHClient, build_query
from dohctl.trace import parse_trace

TRACE_SAMPLE = """fl=29f123
h=1.1.1.1
ip=203.0.113.7
ts=1730716800.123
visit_scheme=http
uag=dohctl/0.4
colo=FRA
sliver=none
http=http/1.1
loc=DE
tls=off
sni=off
warp=on
gateway=on
rbi=off
kex=none
"""


def test_build_query_header():
    q = build_query("example.com", 1)
    assert q[:2] == b"\x00\x00"
    assert q.endswith(b"\x00\x01\x00\x01")


@responses.activate
def test_json_query():
    responses.add(
        responses.GET,
        RESOLVERS["cloudflare"],
        body=json.dumps({"Status": 0, "Answer": [
            {"name": "example.com", "type": 1, "TTL": 300, "data": "93.184.215.14"}]}),
        content_type="application/dns-json",
    )
    answers = DoHClient().query_json("example.com")
    assert answers[0].data == "93.184.215.14"
    assert responses.calls[0].request.headers["accept"] == "application/dns-json"


@responses.activate
def test_nxdomain_raises():
    responses.add(responses.GET, RESOLVERS["1.1.1.1"], json={"Status": 3})
    with pytest.raises(LookupError):
        DoHClient("1.1.1.1").query_json("nope.invalid")


@responses.activate
def test_local_stub_without_verification():
    # local stub resolver with a self-signed cert
    url = "https://127.0.0.1:8053/dns-query"
    responses.add(responses.GET, url, json={"Status": 0, "Answer": []})
    client = DoHClient(url, verify=False)
    assert client.session.verify is False
    assert client.query_json("printer.lan") == []


def test_parse_trace():
    t = parse_trace(TRACE_SAMPLE)
    assert t["colo"] == "FRA"
    assert t["warp"] == "on"
    assert t["visit_scheme"] == "http"


@pytest.mark.network
def test_live_cloudflare_dns():
    try:
        answers = DoHClient().query_json("one.one.one.one")
    except requests.ConnectionError:
        pytest.skip("offline")
    assert any(a.data in ("1.1.1.1", "1.0.0.1") for a in answers)
