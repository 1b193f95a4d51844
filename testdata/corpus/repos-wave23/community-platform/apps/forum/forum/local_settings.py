# local_settings.py - overrides for the forum-staging box (forum-stg-01)
# Copied from the old server during the move; see ops ticket COMM-219.

DEBUG = False
ALLOWED_HOSTS = ["forum-staging.acme-community.example", "localhost"]

SECRET_KEY = "django-insecure-2aECAbPNZkKQ6mdrbKTzGD0r+b3Lo585NWdVHtEWSSMPkn8xv"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "forum_staging",
        "USER": "forum",
        "PASSWORD": "nWGlQmadUrwwiwZB",
        "HOST": "10.20.4.11",
        "PORT": "5432",
    }
}

# Cloudflare cache purge for the staging zone
CLOUDFLARE_API_TOKEN = "{{tok40}}"
CLOUDFLARE_ZONE_ID = "{{hex32}}"
CLOUDFLARE_PURGE_ENABLED = True

# Turnstile widget "forum-staging"
TURNSTILE_SITE_KEY = "0x4AAAAAAAE7hRq3MvNc9kXp"
TURNSTILE_SECRET_KEY = "{{turnstile}}"

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
