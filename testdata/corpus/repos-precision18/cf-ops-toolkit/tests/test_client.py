import json
from pathlib import Path

import pytest

from cfops.client import CfOpsClient, Settings

FIXTURES = Path(__file__).parent / "fixtures"


def test_rejects_plain_http_base_url():
    with pytest.raises(ValueError, match="non-https"):
        CfOpsClient(token="test-token-not-used", base_url="http://api.cloudflare.com/client/v4")


def test_settings_require_api_token(monkeypatch):
    monkeypatch.delenv("CLOUDFLARE_API_TOKEN", raising=False)
    # Global API Key auth (email + key) is not supported, so only the token counts.
    monkeypatch.setenv("CLOUDFLARE_ACCOUNT_ID", "023e105f4ecef8ad9ca31a8372d0c353")
    with pytest.raises(SystemExit, match="CLOUDFLARE_API_TOKEN is not set"):
        Settings.from_env()


def test_zones_fixture_shape():
    data = json.loads((FIXTURES / "zones_list.json").read_text())
    assert data["success"] is True
    assert all(len(z["id"]) == 32 for z in data["result"])


def test_token_create_fixture_is_redacted():
    data = json.loads((FIXTURES / "user_tokens_create.json").read_text())
    assert set(data["result"]["value"][5:]) == {"*"}


@pytest.mark.vcr
def test_purge_by_tag(cf_token, zone_id):
    client = CfOpsClient(token=cf_token)
    purge_id = client.purge_tags(zone_id, ["product-123", "product-456"])
    assert purge_id


@pytest.mark.vcr
def test_list_dns_records(cf_token, zone_id):
    client = CfOpsClient(token=cf_token)
    records = client.dns_records(zone_id)
    assert {r.type for r in records} >= {"A", "CNAME", "TXT"}


@pytest.mark.vcr
def test_r2_upload_report(monkeypatch, tmp_path):
    from cfops.r2 import upload_report

    monkeypatch.setenv("CLOUDFLARE_ACCOUNT_ID", "8f2c6a1e9b7d4e3fa0c5b1d2e3f4a5b6")
    monkeypatch.setenv("R2_ACCESS_KEY_ID", "test-access-key-id")
    monkeypatch.setenv("R2_SECRET_ACCESS_KEY", "test-secret-access-key")
    report = tmp_path / "dns-audit-2024-06-11.csv"
    report.write_text("name,type,content\nwww,CNAME,acme-marketing-site.pages.dev\n")
    assert upload_report(report) == "r2://acme-ops-reports/dns-audit/dns-audit-2024-06-11.csv"
