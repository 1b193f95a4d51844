"""
Base settings shared by every environment. Secrets come from the
environment via django-environ; see .env.example.
"""
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env(
    DEBUG=(bool, False),
    CLOUDFLARE_ZONE_ID=(str, ""),
)
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env("DEBUG")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "storages",
    "wagtail.contrib.frontend_cache",
    "wagtail",
    "newsroom.articles",
    "integrations",
]

DATABASES = {"default": env.db("DATABASE_URL")}

# Cloudflare
CLOUDFLARE_ZONE_ID = env("CLOUDFLARE_ZONE_ID")
CLOUDFLARE_API_TOKEN = env("CLOUDFLARE_API_TOKEN", default=None)
TURNSTILE_SITE_KEY = env("TURNSTILE_SITE_KEY", default="1x00000000000000000000AA")
TURNSTILE_SECRET_KEY = env("TURNSTILE_SECRET_KEY", default="1x0000000000000000000000000000000AA")

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
