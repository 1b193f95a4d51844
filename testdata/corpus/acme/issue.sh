#!/bin/sh
# Issue the wildcard certificate with acme.sh and the Cloudflare DNS API.
export CF_Key="{{hex37}}"
export CF_Email="admin@example.com"
~/.acme.sh/acme.sh --issue --dns dns_cf -d example.com -d '*.example.com'
