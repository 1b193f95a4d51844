"""Logging filters that keep credentials out of our log pipeline."""
import logging
import re

REDACT_HEADERS = frozenset(
    h.lower()
    for h in (
        "Authorization",
        "X-Auth-Key",
        "X-Auth-Email",
        "X-Auth-User-Service-Key",
        "CF-Access-Client-Secret",
        "Cookie",
    )
)

_PATTERNS = [
    re.compile(r"(?i)(x-auth-key\s*[:=]\s*)\S+"),
    re.compile(r"(?i)(authorization\s*[:=]\s*bearer\s+)\S+"),
    re.compile(r"(?i)(cf-access-client-secret\s*[:=]\s*)\S+"),
    re.compile(r"\b(cf[auk]t?_)[A-Za-z0-9_-]{16,}"),
]


def scrub_headers(headers: dict) -> dict:
    return {k: ("***" if k.lower() in REDACT_HEADERS else v) for k, v in headers.items()}


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        for pat in _PATTERNS:
            msg = pat.sub(lambda m: m.group(1) + "***", msg)
        record.msg, record.args = msg, ()
        return True
