import httpretty
import pytest

from cfdyndns.ip import current_ipv4, current_ipv6
from cfdyndns.cloudflare import CloudflareClient
from cfdyndns.updater import run_once

TRACE_BODY = """fl=29f12
h=1.1.1.1
ip=203.0.113.77
ts=1710148803.412
visit_scheme=https
uag=cfdyndns/1.4.2
colo=FRA
sliver=none
http=http/1.1
loc=DE
tls=TLSv1.3
sni=off
warp=off
gateway=off
rbi=off
kex=X25519
"""


@httpretty.activate(allow_net_connect=False)
def test_ipv4_from_cdn_cgi_trace():
    httpretty.register_uri(httpretty.GET, "https://1.1.1.1/cdn-cgi/trace", body=TRACE_BODY)
    assert current_ipv4() == "203.0.113.77"


@httpretty.activate(allow_net_connect=False)
def test_ipv6_from_cdn_cgi_trace():
    httpretty.register_uri(
        httpretty.GET,
        "https://[2606:4700:4700::1111]/cdn-cgi/trace",
        body=TRACE_BODY.replace("ip=203.0.113.77", "ip=2001:db8::77"),
    )
    assert current_ipv6() == "2001:db8::77"


@httpretty.activate(allow_net_connect=False)
def test_run_once_skips_update_when_unchanged():
    httpretty.register_uri(httpretty.GET, "https://1.1.1.1/cdn-cgi/trace", body=TRACE_BODY)
    httpretty.register_uri(
        httpretty.GET,
        "https://api.cloudflare.com/client/v4/zones/023e105f4ecef8ad9ca31a8372d0c353/dns_records",
        body='{"result":[{"id":"372e67954025e0ba6aaa6d586b9e0b59","name":"home.example.com",'
             '"type":"A","content":"203.0.113.77","ttl":120}],"success":true,"errors":[],"messages":[]}',
        content_type="application/json",
    )
    client = CloudflareClient(token="dummy-token-for-replay")
    assert run_once(client, zone_id="023e105f4ecef8ad9ca31a8372d0c353", name="home.example.com") is False

    last = httpretty.last_request()
    assert last.headers["Authorization"] == "Bearer dummy-token-for-replay"
    assert last.method == "GET"
