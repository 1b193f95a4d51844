#!/usr/bin/env bash
# Call the internal app behind Cloudflare Access with the CI service token.
curl -fsS https://internal.example.com/api/health \
  -H "CF-Access-Client-Id: {{hex32}}.access" \
  -H "CF-Access-Client-Secret: {{hex64}}"
