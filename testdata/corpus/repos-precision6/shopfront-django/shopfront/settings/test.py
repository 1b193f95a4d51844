from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "5x5dG1RwqfXjvqZrj_nz6AZNEOyCayYZZBdAAvz3"  # test-only, never used outside pytest

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": ":memory:",
    }
}

# Cloudflare publishes dummy Turnstile keys for automated tests:
#   secret 1x0000000000000000000000000000000AA -> always passes
#   secret 2x0000000000000000000000000000000AA -> always fails
#   secret 3x0000000000000000000000000000000AA -> "token already spent"
TURNSTILE_SITEKEY = "1x00000000000000000000AA"
TURNSTILE_SECRET_KEY = "1x0000000000000000000000000000000AA"

# Google's documented reCAPTCHA v2 test keys (always pass)
RECAPTCHA_PUBLIC_KEY = "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"
RECAPTCHA_PRIVATE_KEY = "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe"

STRIPE_WEBHOOK_SECRET = "whsec_yc4VNq6KWNW2DqZ087Ak5aO1PjadLg4l"
CART_LINK_SALT = "Qir8lN03OA9OyI8CofkwKA_s8Ze0a1Oo7VhPTNKQ"

CLOUDFLARE_API_TOKEN = "test-token"
CLOUDFLARE_ZONE_ID = "0" * 32

EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CELERY_TASK_ALWAYS_EAGER = True
