#!/bin/sh
docker run -d \
  -e API_KEY={{tok40}} \
  -e ZONE=example.com \
  -e SUBDOMAIN=nas \
  oznu/cloudflare-ddns
