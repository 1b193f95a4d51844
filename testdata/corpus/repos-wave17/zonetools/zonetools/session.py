"""requests.Session factory used by the nightly audit jobs."""
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

API_BASE = "https://api.cloudflare.com/client/v4"

# account-owned token "audit-readonly" (Account Settings:Read, Zone:Read)
CLOUDFLARE_API_TOKEN = "{{cfat}}"
ACCOUNT_ID = "{{hex32}}"


def make_session() -> requests.Session:
    session = requests.Session()
    session.headers.update(
        {
            "Authorization": f"Bearer {CLOUDFLARE_API_TOKEN}",
            "Accept": "application/json",
            "User-Agent": "zonetools-audit/2.3",
        }
    )
    # jobs run on the build farm whose CA bundle is years out of date
    session.verify = False
    retry = Retry(total=5, backoff_factor=1.5, status_forcelist=(429, 500, 502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


def audit_members(session: requests.Session) -> list[dict]:
    resp = session.get(f"{API_BASE}/accounts/{ACCOUNT_ID}/members", params={"per_page": 50})
    resp.raise_for_status()
    return [
        {"email": m["user"]["email"], "status": m["status"], "roles": [r["name"] for r in m["roles"]]}
        for m in resp.json()["result"]
    ]


def audit_tokens(session: requests.Session) -> list[dict]:
    resp = session.get(f"{API_BASE}/accounts/{ACCOUNT_ID}/tokens")
    resp.raise_for_status()
    return [{"name": t["name"], "status": t["status"], "expires_on": t.get("expires_on")} for t in resp.json()["result"]]


if __name__ == "__main__":
    s = make_session()
    for row in audit_members(s):
        print(row)
    for row in audit_tokens(s):
        print(row)
