#!/bin/sh
# two Cloudflare accounts: the hook pairs the whitespace-separated lists
export CF_EMAIL='ops@example.com dns@example.org'
export CF_KEY='{{hex37}} {{hex37}}'
exec /opt/dehydrated/dehydrated -c -t dns-01 -k /opt/dehydrated/hooks/cloudflare/hook.py
