"""System checks: nudge projects off the Global API Key and plain HTTP."""
from django.conf import settings
from django.core.checks import Tags, Warning, Error, register

LEGACY_SETTINGS = ("CFPURGE_API_KEY", "CFPURGE_EMAIL")


@register(Tags.security)
def check_cloudflare_credentials(app_configs, **kwargs):
    messages = []

    present = [name for name in LEGACY_SETTINGS if getattr(settings, name, None)]
    if present:
        messages.append(
            Warning(
                "%s are set. django-cfpurge 2.x ignores project-wide Global API Key "
                "settings." % ", ".join(present),
                hint="Remove them and set CFPURGE_API_TOKEN to a scoped API token "
                "(Zone > Cache Purge > Purge).",
                id="cfpurge.W002",
            )
        )

    base = getattr(settings, "CFPURGE_API_BASE_URL", None)
    if base and not base.startswith("https://"):
        messages.append(
            Error(
                "CFPURGE_API_BASE_URL must use https:// (got %r)." % base,
                hint="Remove the setting to use https://api.cloudflare.com/client/v4.",
                id="cfpurge.E001",
            )
        )

    try:
        from .models import CloudflareZone

        legacy = CloudflareZone.objects.exclude(legacy_api_key="").values_list("name", flat=True)
        names = list(legacy[:5])
    except Exception:  # table may not exist yet during migrate
        names = []
    if names:
        messages.append(
            Warning(
                "Zones still authenticate with e-mail + Global API Key: %s" % ", ".join(names),
                hint="Open each zone in the admin and paste an API token; support ends in 3.0.",
                id="cfpurge.W001",
            )
        )
    return messages
