# Errbot configuration for the on-call bot.
# Everything secret is read from the environment (systemd EnvironmentFile=/etc/errbot/env).
import logging
import os

BACKEND = "Slack"

BOT_DATA_DIR = "/var/lib/errbot/data"
BOT_EXTRA_PLUGIN_DIR = "/opt/errbot/plugins"
BOT_LOG_FILE = "/var/log/errbot/errbot.log"
BOT_LOG_LEVEL = logging.INFO

BOT_IDENTITY = {
    "token": os.environ["ERRBOT_SLACK_BOT_TOKEN"],
}

BOT_ADMINS = ("@jdoe", "@asmith")
BOT_PREFIX = "!"
CHATROOM_PRESENCE = ("#oncall",)

# Pre-seeded plugin configuration (applied at first start).
# The Cloudflare token itself is pushed with `!plugin config Cloudflare {...}`
# from the vault, never stored here.
CLOUDFLARE_ZONE_ID = "{{hex32}}"
CLOUDFLARE_ACCOUNT_ID = "{{hex32}}"
CLOUDFLARE_API_TOKEN = os.environ.get("CLOUDFLARE_API_TOKEN", "")

# GitHub plugin (errbot-github): read-only PAT for the release notes command
# FIXME: rotate and move to env, this one only has public_repo scope
GITHUB_TOKEN = "{{ghp}}"
GITHUB_ORG = "acme"

ACCESS_CONTROLS_DEFAULT = {}
ACCESS_CONTROLS = {
    "Cloudflare:cf_block": {"allowrooms": ("#oncall",)},
    "Cloudflare:cf_unblock": {"allowusers": BOT_ADMINS},
}
