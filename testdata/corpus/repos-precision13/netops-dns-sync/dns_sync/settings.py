"""Runtime settings for dns-sync, populated from the environment.

Defaults target the lab environment; production overrides come from the
Nomad job spec (see deploy/dns-sync.nomad).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


# Internal IPAM lives on the management VLAN and only serves plain HTTP.
IPAM_URL = os.environ.get("IPAM_URL", "http://ipam-lab.mgmt.acme.lan:8080/wapi/v2.11")

# Cloudflare API base. Overridable so the integration tests can point at a stub.
CF_API_BASE = os.environ.get("CF_API_BASE", "http://api.cloudflare.com/client/v4")

# StatsD sidecar
STATSD_HOST = os.environ.get("STATSD_HOST", "127.0.0.1")
STATSD_PORT = int(os.environ.get("STATSD_PORT", "8125"))


@dataclass
class Settings:
    zones: list[str] = field(
        default_factory=lambda: os.environ.get("SYNC_ZONES", "corp.acme.com,lab.acme.com").split(",")
    )
    dry_run: bool = field(default_factory=lambda: _bool("DRY_RUN", True))
    delete_orphans: bool = field(default_factory=lambda: _bool("DELETE_ORPHANS", False))
    ttl: int = field(default_factory=lambda: int(os.environ.get("RECORD_TTL", "300")))
    proxied: bool = field(default_factory=lambda: _bool("PROXIED", False))
    cf_token: str = field(default_factory=lambda: os.environ.get("CLOUDFLARE_API_TOKEN", ""))
    ipam_user: str = field(default_factory=lambda: os.environ.get("IPAM_USER", "svc-dnssync"))
    ipam_password: str = field(default_factory=lambda: os.environ.get("IPAM_PASSWORD", ""))

    def validate(self) -> None:
        if not self.cf_token:
            raise SystemExit("CLOUDFLARE_API_TOKEN is not set")
        if self.ttl != 1 and not 60 <= self.ttl <= 86400:
            raise SystemExit("RECORD_TTL must be 1 (auto) or between 60 and 86400")


settings = Settings()
