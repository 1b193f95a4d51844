"""logging.Filter that masks Cloudflare credentials before they hit a handler.

Patterns are intentionally loose; a false positive in a log line costs
nothing, a false negative costs a rotation.
"""
import logging
import re

_PATTERNS = [
    # Authorization: Bearer <anything>
    (re.compile(r"(?i)(authorization:\s*bearer\s+)[A-Za-z0-9._~+/=-]+"), r"\1[REDACTED]"),
    # Legacy headers: X-Auth-Key / X-Auth-User-Service-Key values
    (re.compile(r"(?i)(x-auth-(?:user-service-)?key[\"']?\s*[:=]\s*[\"']?)[^\s\"',}]+"), r"\1[REDACTED]"),
    # Prefixed tokens and keys: cfut_, cfat_, cfk_
    (re.compile(r"\b(cf(?:ut|at|k)_)[A-Za-z0-9]{20,}"), r"\1[REDACTED]"),
    # Origin CA key
    (re.compile(r"\bv1\.0-[A-Za-z0-9-]{20,}"), "v1.0-[REDACTED]"),
    # 37-hex Global API Key next to a key-ish name
    (re.compile(r"(?i)((?:api_?key|global_?key)\W{1,4})[0-9a-f]{37}\b"), r"\1[REDACTED]"),
]


def redact(text: str) -> str:
    for pat, repl in _PATTERNS:
        text = pat.sub(repl, text)
    return text


class RedactCloudflareSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if record.args:
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        return True


if __name__ == "__main__":
    # Self-check with obviously fake input.
    sample = 'headers={"X-Auth-Key": "fake-fake-fake", "Authorization": "Bearer test-token"}'
    print(redact(sample))
    print(redact("token=cfut_" + "x" * 40))
