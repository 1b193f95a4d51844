#!/bin/sh
docker run -d --restart=always -e EMAIL=admin@example.com -e API_KEY={{hex37}} -e ZONE=example.com -e SUBDOMAIN=home oznu/cloudflare-ddns:latest
