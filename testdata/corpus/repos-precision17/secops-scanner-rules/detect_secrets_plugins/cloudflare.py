"""detect-secrets plugins for Cloudflare credentials.

Load them with:

    detect-secrets scan --plugin detect_secrets_plugins/cloudflare.py

Every detector skips obvious placeholders (runs of x, <TOKEN>, ${VAR},
"your-token-here", masked values such as cfut_****) so that docs and
templates do not need a baseline entry.
"""
import re
from typing import Generator

from detect_secrets.plugins.base import RegexBasedDetector

_PLACEHOLDER = re.compile(
    r'(?ix)^(?:'
    r'x{8,}'              # xxxxxxxx...
    r'|\*{4,}'            # ****
    r'|<[^>]+>'           # <TOKEN>
    r'|\$\{[^}]+\}'       # ${CF_API_TOKEN}
    r'|your[-_].*'        # your-token-here
    r'|example.*|dummy.*|redacted.*|changeme'
    r')$'
)


def _body(secret: str) -> str:
    """Strip a known prefix so placeholder checks see the token body."""
    for prefix in ('cfut_', 'cfat_', 'cfk_'):
        if secret.startswith(prefix):
            return secret[len(prefix):]
    return secret


def is_placeholder(secret: str) -> bool:
    return bool(_PLACEHOLDER.match(_body(secret)))


class _CloudflareBase(RegexBasedDetector):
    def analyze_string(self, string: str) -> Generator[str, None, None]:
        for match in super().analyze_string(string):
            if not is_placeholder(match):
                yield match


class CloudflareApiTokenDetector(_CloudflareBase):
    """User and account API tokens, prefixed or legacy."""

    secret_type = 'Cloudflare API Token'

    denylist = [
        re.compile(r'\b(cf[ua]t_[A-Za-z0-9*x]{40,64})\b'),
        # legacy 40-char tokens only next to a cloudflare-ish key name
        re.compile(
            r'(?i)(?:cloudflare|\bcf)[_-]?(?:api[_-]?)?token["\']?\s*[:=]\s*["\']?'
            r'([A-Za-z0-9_-]{40})\b'
        ),
    ]


class CloudflareGlobalApiKeyDetector(_CloudflareBase):
    """Global API Key: cfk_ prefix, or 37 hex next to a key name / header."""

    secret_type = 'Cloudflare Global API Key'

    denylist = [
        re.compile(r'\b(cfk_[A-Za-z0-9]{40,64})\b'),
        re.compile(
            r'(?i)(?:x-auth-key|cloudflare[_-]?api[_-]?key|\bcf[_-]?api[_-]?key)'
            r'["\']?\s*[:=]\s*["\']?([a-f0-9]{37})\b'
        ),
    ]


class CloudflareOriginCaKeyDetector(_CloudflareBase):
    """Origin CA key (also called the user service key)."""

    secret_type = 'Cloudflare Origin CA Key'

    denylist = [
        re.compile(r'\b(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})\b'),
    ]
