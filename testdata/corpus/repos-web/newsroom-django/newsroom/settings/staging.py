from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["staging.example-daily.com"]

# Staging uses a scoped token (Zone.Cache Purge on the staging zone only)
WAGTAILFRONTENDCACHE = {
    "cloudflare": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": "{{tok40}}",
        "ZONEID": "{{hex32}}",
    },
}

# Turnstile testing keys — always pass, safe to commit
TURNSTILE_SITE_KEY = "1x00000000000000000000AA"
TURNSTILE_SECRET_KEY = "1x0000000000000000000000000000000AA"
