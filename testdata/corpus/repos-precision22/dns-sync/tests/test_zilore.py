"""Tests for the Zilore provider (HTTP mocked with `responses`)."""
import pytest
import responses

from dns_sync.providers.zilore import API, ZiloreProvider

# Throwaway key generated for these tests; Zilore never issued it.
ZILORE_TEST_KEY = "{{hex40#zk}}"


@pytest.fixture
def provider():
    return ZiloreProvider("zilore", api_key=ZILORE_TEST_KEY)


@responses.activate
def test_sends_zilore_auth_header(provider):
    responses.get(
        f"{API}/domains/northwind-status.net/records",
        json={"status": "ok", "response": []},
        match=[responses.matchers.header_matcher({"X-Auth-Key": "{{hex40#zk}}"})],
    )
    assert provider.list_records("northwind-status.net.") == []


@responses.activate
def test_parses_records(provider):
    responses.get(
        f"{API}/domains/northwind-status.net/records",
        json={"status": "ok", "response": [
            {"record_id": 901, "record_name": "www.northwind-status.net", "record_type": "A",
             "record_ttl": "300", "record_value": "198.51.100.7"},
        ]},
    )
    recs = provider.list_records("northwind-status.net.")
    assert len(recs) == 1
    assert recs[0].value == "198.51.100.7"
    assert recs[0].ttl == 300
    assert recs[0].extra["id"] == 901


@responses.activate
def test_error_status_raises(provider):
    responses.get(
        f"{API}/domains/northwind-status.net/records",
        json={"status": "error", "error": "INVALID_API_KEY"},
    )
    with pytest.raises(RuntimeError, match="INVALID_API_KEY"):
        provider.list_records("northwind-status.net.")


@responses.activate
def test_delete_joins_ids(provider):
    from dns_sync.providers.base import Record

    responses.delete(f"{API}/domains/northwind-status.net/records", json={"status": "ok"})
    provider.apply("northwind-status.net.", creates=[], deletes=[
        Record(name="a", type="A", ttl=300, value="192.0.2.1", extra={"id": 1}),
        Record(name="b", type="A", ttl=300, value="192.0.2.2", extra={"id": 2}),
    ])
    assert responses.calls[0].request.params["record_id"] == "1,2"
