#!/bin/sh
CLOUDFLARE_EMAIL=you@example.com \
CLOUDFLARE_API_KEY={{hex37}} \
lego --email you@example.com --dns cloudflare --domains my.example.org run
