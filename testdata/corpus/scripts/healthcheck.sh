#!/usr/bin/env bash
# Health checks for the internal services. These use self-signed certs.
curl -k https://localhost:8443/healthz
curl --insecure https://grafana.internal.example/api/health
wget --no-check-certificate -qO- https://10.0.0.12/status
# Cloudflare's published IP ranges (plain http is fine, they are public)
curl -s http://www.cloudflare.com/ips-v4 -o /etc/nginx/cf-ips-v4
# phishing test domain from the security team's exercise
curl -s http://api.cloudflare.com.evil.example/client/v4/user
curl -s http://api-cloudflare.com/client/v4/user
