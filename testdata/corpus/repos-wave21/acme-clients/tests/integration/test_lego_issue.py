"""Integration test: issue a staging certificate with lego + Cloudflare DNS-01.

Runs against Let's Encrypt *staging* and the dedicated ci-acme.brightwater.dev
zone. Skipped unless RUN_ACME_IT=1.
"""
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

LEGO = shutil.which("lego") or "/usr/local/bin/lego"
STAGING = "https://acme-staging-v02.api.letsencrypt.org/directory"
ZONE = "ci-acme.brightwater.dev"

pytestmark = pytest.mark.skipif(os.environ.get("RUN_ACME_IT") != "1", reason="RUN_ACME_IT not set")


@pytest.fixture
def lego_env(tmp_path):
    env = dict(os.environ)
    # token scoped to ci-acme.brightwater.dev only (Zone.DNS:Edit)
    env["CLOUDFLARE_DNS_API_TOKEN"] = "{{tok40}}"
    env["CLOUDFLARE_PROPAGATION_TIMEOUT"] = "240"
    env["LEGO_PATH"] = str(tmp_path / ".lego")
    return env


def run_lego(env, *args):
    cmd = [LEGO, "--accept-tos", "--email", "ci@brightwater.co.uk", "--server", STAGING,
           "--dns", "cloudflare", "--dns.resolvers", "1.1.1.1:53", *args]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)


def test_issue_wildcard(lego_env):
    name = f"t{os.getpid()}.{ZONE}"
    res = run_lego(lego_env, "--domains", name, "--domains", f"*.{name}", "run")
    assert res.returncode == 0, res.stderr

    meta = Path(lego_env["LEGO_PATH"]) / "certificates" / f"{name}.json"
    data = json.loads(meta.read_text())
    assert data["domain"] == name


def test_renew_is_noop_when_fresh(lego_env):
    name = f"r{os.getpid()}.{ZONE}"
    assert run_lego(lego_env, "--domains", name, "run").returncode == 0
    res = run_lego(lego_env, "--domains", name, "renew", "--days", "30")
    assert res.returncode == 0
    assert "no renewal" in (res.stdout + res.stderr).lower()
