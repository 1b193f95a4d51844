# -*- coding: utf-8 -*-
"""CloudflareClient 的单元测试（使用 responses 模拟 HTTP，不访问真实 API）。"""

import pytest
import responses

from cfddns.api import DEFAULT_BASE_URL, CloudflareClient, CloudflareError

# 测试用的假令牌，不是真实凭据
FAKE_TOKEN = "test-token-不是真的"
ZONE = "zone-abc"


def test_missing_token():
    with pytest.raises(ValueError):
        CloudflareClient("")


def test_plain_http_is_rejected():
    # 明文 HTTP 必须被拒绝
    with pytest.raises(ValueError, match="https"):
        CloudflareClient(FAKE_TOKEN, base_url="http://api.cloudflare.com/client/v4")


@responses.activate
def test_bearer_header_is_sent():
    responses.get(
        f"{DEFAULT_BASE_URL}/user/tokens/verify",
        json={"success": True, "result": {"status": "active"}},
    )
    client = CloudflareClient(FAKE_TOKEN)
    assert client.verify_token() is True
    sent = responses.calls[0].request.headers
    assert sent["Authorization"] == f"Bearer {FAKE_TOKEN}"
    assert "X-Auth-Key" not in sent


@responses.activate
def test_upsert_skips_unchanged():
    responses.get(
        f"{DEFAULT_BASE_URL}/zones/{ZONE}/dns_records",
        json={"success": True, "result": [{"id": "r1", "content": "1.2.3.4"}]},
    )
    client = CloudflareClient(FAKE_TOKEN)
    rec = client.upsert_record(ZONE, "home.example.com", "A", "1.2.3.4")
    assert rec["id"] == "r1"
    assert len(responses.calls) == 1


@responses.activate
def test_error_is_raised():
    responses.get(
        f"{DEFAULT_BASE_URL}/zones/{ZONE}/dns_records",
        json={"success": False, "errors": [{"code": 6003, "message": "Invalid request headers"}]},
    )
    client = CloudflareClient(FAKE_TOKEN)
    with pytest.raises(CloudflareError):
        client.find_record(ZONE, "x.example.com", "A")
