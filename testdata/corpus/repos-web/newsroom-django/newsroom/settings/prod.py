from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["news.example-daily.com", ".fly.dev"]
CSRF_TRUSTED_ORIGINS = ["https://news.example-daily.com"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# --- Media on Cloudflare R2 via django-storages (S3 backend) ---
STORAGES = {
    "default": {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": "newsroom-media",
            "endpoint_url": "https://{{hex32}}.r2.cloudflarestorage.com",
            "access_key": "{{hex32}}",
            "secret_key": "{{hex64}}",
            "region_name": "auto",
            "signature_version": "s3v4",
            "custom_domain": "media.example-daily.com",
        },
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Wagtail frontend cache invalidation ---
# https://docs.wagtail.org/en/stable/reference/contrib/frontendcache.html
WAGTAILFRONTENDCACHE = {
    "cloudflare": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "EMAIL": "webops@example-daily.com",
        "API_KEY": "{{hex37}}",
        "ZONEID": "{{hex32}}",
    },
}

TURNSTILE_SECRET_KEY = "{{turnstile}}"
