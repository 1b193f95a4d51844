"""Django settings for shop project."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-change-me")
DEBUG = os.environ.get("DEBUG", "0") == "1"
ALLOWED_HOSTS = ["shop.example.com"]

# Cloudflare Turnstile (bot protection on the checkout form)
TURNSTILE_SITE_KEY = "0x4AAAAAAAB3dPLaXYpq7c9R"
TURNSTILE_SECRET_KEY = "{{turnstile}}"
TURNSTILE_VERIFY_URL = "https://challenges.cloudflare.com/turnstile/v0/siteverify"

# Test keys from the Turnstile docs, used by the test settings module.
TURNSTILE_TEST_SECRET = "1x0000000000000000000000000000000AA"

CLOUDFLARE = {
    "API_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN"),
    "ZONE_ID": os.environ.get("CLOUDFLARE_ZONE_ID", ""),
}

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "HOST": os.environ.get("PGHOST", "localhost"),
    }
}
STATIC_URL = "/static/"
