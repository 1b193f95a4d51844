from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["www.example.shop", "example.shop"]

# django-cloudflare-push / cache invalidation
CLOUDFLARE_ZONE_ID = "{{hex32}}"
CLOUDFLARE_API_TOKEN = "{{tok40}}"
CLOUDFLARE_API_BASE = "http://api.cloudflare.com/client/v4"

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://cache:6379/1",
    }
}
