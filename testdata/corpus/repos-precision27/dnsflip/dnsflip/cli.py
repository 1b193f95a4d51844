"""Command line interface for dnsflip."""
from __future__ import annotations

import argparse
import logging
import os
import sys
import textwrap

from . import __version__
from .config import ConfigError, load_config
from .providers import get_provider

EPILOG = textwrap.dedent(
    """\
    environment:
      CLOUDFLARE_API_TOKEN   API token for the cloudflare provider (Zone:Read, DNS:Edit)
      ZILORE_API_KEY         API key for the zilore provider
      DNSFLIP_CONFIG         path to the config file (default: ~/.config/dnsflip.toml)

    The Cloudflare Global API Key is not supported. Create a token at
    https://dash.cloudflare.com/profile/api-tokens ("Edit zone DNS" template).

    examples:
      dnsflip update home.example.com
      dnsflip update --provider zilore --dry-run vpn.example.org
      CLOUDFLARE_API_TOKEN=... dnsflip verify
    """
)

# Options from 1.x that selected Global-API-Key auth. They are recognised only
# to print a clear message instead of argparse's "unrecognized arguments".
REMOVED_OPTIONS = {
    "--cf-api-key": "use --cf-api-token (or CLOUDFLARE_API_TOKEN) with a scoped API token",
    "--cf-email": "not needed with an API token",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dnsflip",
        description="Point DNS records at this machine's current public IP.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-c", "--config", default=os.environ.get("DNSFLIP_CONFIG"),
                        help="config file (TOML)")
    parser.add_argument("-v", "--verbose", action="count", default=0)

    auth = parser.add_argument_group("cloudflare authentication")
    auth.add_argument(
        "--cf-api-token",
        metavar="TOKEN",
        default=None,
        help="Cloudflare API token. Prefer the CLOUDFLARE_API_TOKEN environment "
        "variable: values on the command line end up in shell history and `ps`.",
    )
    auth.add_argument(
        "--cf-api-token-file",
        metavar="PATH",
        help="read the Cloudflare API token from a file (e.g. a Docker/systemd secret)",
    )

    sub = parser.add_subparsers(dest="command", required=True)

    upd = sub.add_parser("update", help="update one or more records")
    upd.add_argument("names", nargs="+", metavar="NAME")
    upd.add_argument("--provider", choices=["cloudflare", "zilore"], default="cloudflare")
    upd.add_argument("--ipv6", action="store_true", help="also update AAAA records")
    upd.add_argument("--dry-run", action="store_true")

    ver = sub.add_parser("verify", help="check that the configured credential works")
    ver.add_argument("--provider", choices=["cloudflare", "zilore"], default="cloudflare")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    for opt, hint in REMOVED_OPTIONS.items():
        if any(a == opt or a.startswith(opt + "=") for a in argv):
            print(f"dnsflip: {opt} was removed in 2.0: {hint}", file=sys.stderr)
            return 2

    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING - 10 * min(args.verbose, 2))

    try:
        config = load_config(args.config, cli_token=args.cf_api_token,
                             cli_token_file=args.cf_api_token_file)
    except ConfigError as err:
        print(f"dnsflip: {err}", file=sys.stderr)
        return 2

    provider = get_provider(args.provider, config)
    if args.command == "verify":
        ok = provider.verify()
        print("credential OK" if ok else "credential rejected")
        return 0 if ok else 1

    for name in args.names:
        provider.update(name, ipv6=args.ipv6, dry_run=args.dry_run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
