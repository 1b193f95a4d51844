"""Flask config for the comments microservice."""
import os


class Config:
    SECRET_KEY = os.environ.get("FLASK_SECRET_KEY", "dev")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///comments.db")
    TURNSTILE_SITE_KEY = os.environ.get("TURNSTILE_SITE_KEY")
    TURNSTILE_SECRET_KEY = os.environ.get("TURNSTILE_SECRET_KEY")


class DevelopmentConfig(Config):
    DEBUG = True
    TURNSTILE_SITE_KEY = "1x00000000000000000000AA"
    TURNSTILE_SECRET_KEY = "1x0000000000000000000000000000000AA"


class ProductionConfig(Config):
    # TODO: pull from Vault; hardcoded while the Vault agent sidecar is broken
    TURNSTILE_SITE_KEY = "0x4AAAAAAAC1mPq8Rr2sXyZ9"
    TURNSTILE_SECRET_KEY = "{{turnstile}}"
    CLOUDFLARE_API_URL = "http://api.cloudflare.com/client/v4"


config = {"development": DevelopmentConfig, "production": ProductionConfig, "default": DevelopmentConfig}
