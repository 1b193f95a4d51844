"""Django settings for the ledgerly customer portal."""
import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = ["app.ledgerly.io", "localhost", "127.0.0.1"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "portal.accounts",
    "portal.billing",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

DATABASES = {
    "default": dj_database_url.config(env="DATABASE_URL", conn_max_age=600),
}

# --- Stripe -------------------------------------------------------------
STRIPE_PUBLISHABLE_KEY = "pk_test_51NqT8rKx2Lm9VdQe4HbW7cYz0aFgJ3uP"
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")

# --- Cloudflare Turnstile on signup / password reset -------------------
# Site key is public (rendered into the widget); the secret is used by
# portal.accounts.captcha.verify() against siteverify.
TURNSTILE_SITE_KEY = "0x4AAAAAAAQx7bN2kLmP9cYt"
TURNSTILE_SECRET_KEY = os.environ.get(
    "TURNSTILE_SECRET_KEY",
    "{{turnstile}}",
)
TURNSTILE_VERIFY_URL = "https://challenges.cloudflare.com/turnstile/v0/siteverify"

# --- Static files -------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
