import pytest
import respx
from httpx import Response
from starlette.testclient import TestClient

from gateway.app import create_app
from gateway.credentials import InMemoryCredentialStore

FAKE_TOKEN = "test-token"
FAKE_EMAIL = "user@example.com"
FAKE_KEY = "0" * 37
MOCK_API = "http://127.0.0.1:18787/client/v4"


@pytest.fixture(autouse=True)
def _env(monkeypatch, tmp_path):
    token_file = tmp_path / "cf_api_token"
    token_file.write_text("gateway-test-token\n")
    monkeypatch.setenv("CF_TOKEN_FILE", str(token_file))
    monkeypatch.setenv("CF_UPSTREAM", "http://127.0.0.1:18787")


@pytest.fixture
def store():
    s = InMemoryCredentialStore()
    s.add_token(FAKE_TOKEN, subject="ci")
    s.add_key(FAKE_EMAIL, FAKE_KEY)
    return s


@pytest.fixture
def client(store):
    return TestClient(create_app(store))


@pytest.fixture
def cf_mock():
    with respx.mock(base_url=MOCK_API, assert_all_called=False) as mock:
        mock.get("/user/tokens/verify").mock(
            return_value=Response(
                200,
                json={
                    "success": True,
                    "errors": [],
                    "messages": [{"code": 10000, "message": "This API Token is valid and active"}],
                    "result": {"id": "f267e341f3dd4697bd3b9f71dd96247f", "status": "active"},
                },
                headers={"cf-ray": "7d9a1b2c3d4e5f60-FRA"},
            )
        )
        yield mock
