"""Constants for the Cloudflare DNS Updater integration."""
from __future__ import annotations

import re
from datetime import timedelta
from typing import Final

DOMAIN: Final = "cloudflare_dns"

# Config entry keys
CONF_API_TOKEN: Final = "api_token"
CONF_ZONE: Final = "zone"
CONF_ZONE_ID: Final = "zone_id"
CONF_RECORDS: Final = "records"
CONF_PROXIED: Final = "proxied"

# Entries created with version 1.x of this integration may still carry the
# Global API Key + account e-mail pair. New entries cannot be created that way
# (see config_flow.py); these keys exist only so old entries keep loading and
# can be migrated through the repair flow.
CONF_LEGACY_EMAIL: Final = "email"
CONF_LEGACY_API_KEY: Final = "api_key"

API_BASE: Final = "https://api.cloudflare.com/client/v4"
TOKEN_VERIFY_PATH: Final = "/user/tokens/verify"

DEFAULT_UPDATE_INTERVAL: Final = timedelta(minutes=60)
DEFAULT_PROXIED: Final = False

# Shapes used only to give the user a helpful error message. They are never
# used to decide whether a credential is valid; Cloudflare decides that.
#   - user / account API tokens: cfut_... / cfat_...
#   - legacy API tokens: 40 chars of [A-Za-z0-9_-]
#   - Global API Key: 37 lowercase hex chars (or the newer cfk_ prefix)
SCOPED_TOKEN_RE: Final = re.compile(r"^(cfut|cfat)_[A-Za-z0-9_-]{20,}$")
LEGACY_TOKEN_RE: Final = re.compile(r"^[A-Za-z0-9_-]{40}$")
GLOBAL_KEY_RE: Final = re.compile(r"^([0-9a-f]{37}|cfk_[A-Za-z0-9_-]{20,})$")

ISSUE_LEGACY_AUTH: Final = "legacy_global_api_key"

EXTERNAL_IP_SERVICES: Final = (
    "https://1.1.1.1/cdn-cgi/trace",
    "https://api.ipify.org",
)
