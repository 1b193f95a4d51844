"""Command line entry point: ``acme-cf-hook deploy_challenge DOMAIN TOKEN VALUE``."""
from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from .client import CloudflareDNS
from .settings import Settings

EPILOG = """\
environment:
  CF_API_TOKEN / CLOUDFLARE_API_TOKEN   scoped API token (Zone:Read, DNS:Edit)
  CF_API_TOKEN_FILE                     file containing the token
  CF_API_KEY / CLOUDFLARE_API_KEY       Global API Key (legacy, needs CF_API_EMAIL)
  CF_API_EMAIL / CLOUDFLARE_EMAIL       account e-mail for the Global API Key
  CF_API_BASE_URL                       override the API endpoint (tests only)

examples:
  CF_API_TOKEN=... acme-cf-hook deploy_challenge example.com - "$TXT"
  acme-cf-hook --config /etc/acme-cf-hook.toml clean_challenge example.com - "$TXT"
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="acme-cf-hook",
        description="dehydrated/acme.sh DNS-01 hook for Cloudflare",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--config", type=Path, default=Path("/etc/acme-cf-hook.toml"))
    p.add_argument("--cf-api-token", default="", metavar="TOKEN",
                   help="Cloudflare API token (prefer CF_API_TOKEN; flags show up in ps)")
    p.add_argument("--cf-api-key", default="", metavar="KEY",
                   help="Cloudflare Global API Key (deprecated, see CLOUDFLARE_API_KEY)")
    p.add_argument("--cf-email", default="", metavar="EMAIL",
                   help="account e-mail used with --cf-api-key")
    p.add_argument("--wait", type=int, default=None,
                   help="seconds to wait for propagation (default from config: 30)")
    p.add_argument("-v", "--verbose", action="store_true")
    p.add_argument("hook", choices=["deploy_challenge", "clean_challenge", "startup_hook", "exit_hook"])
    p.add_argument("args", nargs="*")
    return p


def main(argv: list[str] | None = None) -> int:
    ns = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if ns.verbose else logging.INFO,
                        format="%(levelname)s %(name)s: %(message)s")

    settings = Settings.load(ns.config)
    if ns.cf_api_token:
        settings.api_token = ns.cf_api_token
    if ns.cf_api_key:
        settings.api_key = ns.cf_api_key
    if ns.cf_email:
        settings.email = ns.cf_email
    if ns.wait is not None:
        settings.propagation_seconds = ns.wait

    if ns.hook in ("startup_hook", "exit_hook"):
        return 0

    try:
        settings.validate()
    except ValueError as exc:
        print(f"acme-cf-hook: {exc}", file=sys.stderr)
        return 2

    domain, _token_filename, txt_value = (ns.args + ["", "", ""])[:3]
    dns = CloudflareDNS(settings)
    name = f"_acme-challenge.{domain}"
    if ns.hook == "deploy_challenge":
        dns.add_txt(name, txt_value)
        time.sleep(settings.propagation_seconds)
    else:
        dns.remove_txt(name, txt_value)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
