"""Unit tests for detect_secrets_plugins.cloudflare.

Token-shaped strings are generated at runtime by fake_token() /
fake_global_key() so that no literal credential is committed. The only
literals below are placeholders the plugin must ignore.
"""
import pathlib
import random
import string

import pytest

from detect_secrets_plugins.cloudflare import (
    CloudflareApiTokenDetector,
    CloudflareGlobalApiKeyDetector,
    is_placeholder,
)

FIXTURES = pathlib.Path(__file__).parent / 'fixtures'
_ALNUM = string.ascii_letters + string.digits


def fake_token(prefix: str = 'cfut_', n: int = 44, seed: int = 1337) -> str:
    rng = random.Random(seed)
    return prefix + ''.join(rng.choice(_ALNUM) for _ in range(n))


def fake_global_key(seed: int = 42) -> str:
    rng = random.Random(seed)
    return ''.join(rng.choice('0123456789abcdef') for _ in range(37))


@pytest.mark.parametrize(
    'line, should_flag',
    [
        (f'CLOUDFLARE_API_TOKEN={fake_token()}', True),
        (f'export CF_API_TOKEN="{fake_token("cfat_")}"', True),
        (f'cloudflare_token: {fake_token("", 40)}', True),
        # regression for INC-2291: token pasted into a Helm values file
        ('  cloudflareApiToken: "{{cfut}}"', True),
        ('CLOUDFLARE_API_TOKEN=${CF_API_TOKEN}', False),
        ('CLOUDFLARE_API_TOKEN=cfut_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', False),
        ('CLOUDFLARE_API_TOKEN=cfut_********************************************', False),
        ('CLOUDFLARE_API_TOKEN=<TOKEN>', False),
        ('cloudflare_token: your-token-here', False),
    ],
)
def test_api_token_detector(line, should_flag):
    found = list(CloudflareApiTokenDetector().analyze_string(line))
    assert bool(found) is should_flag


@pytest.mark.parametrize(
    'line, should_flag',
    [
        (f'CLOUDFLARE_API_KEY={fake_global_key()}', True),
        (f'"X-Auth-Key": "{fake_global_key(7)}"', True),
        (f'cfk = "{fake_token("cfk_", 44, 3)}"', True),
        ('CLOUDFLARE_API_KEY=${CLOUDFLARE_API_KEY}', False),
        ('"X-Auth-Key": "<GLOBAL_API_KEY>"', False),
    ],
)
def test_global_key_detector(line, should_flag):
    found = list(CloudflareGlobalApiKeyDetector().analyze_string(line))
    assert bool(found) is should_flag


@pytest.mark.parametrize(
    'value',
    ['xxxxxxxxxxxx', 'cfut_xxxxxxxxxxxxxxxx', '<TOKEN>', '${CF_API_TOKEN}', 'REDACTED', 'your_token'],
)
def test_placeholders(value):
    assert is_placeholder(value)


def test_negative_corpus_has_no_findings():
    """Other vendors' tokens, ids and hashes must not be reported."""
    detectors = [CloudflareApiTokenDetector(), CloudflareGlobalApiKeyDetector()]
    for n, line in enumerate((FIXTURES / 'entropy_samples.txt').read_text().splitlines(), 1):
        if not line or line.startswith('#'):
            continue
        for d in detectors:
            assert not list(d.analyze_string(line)), f'entropy_samples.txt:{n} flagged by {d.secret_type}'
