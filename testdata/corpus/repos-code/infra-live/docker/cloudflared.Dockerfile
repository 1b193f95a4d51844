# Sidecar that publishes the internal dashboard through a Cloudflare Tunnel.
FROM cloudflare/cloudflared:2024.6.1

LABEL org.opencontainers.image.title="dashboard-tunnel" \
      org.opencontainers.image.source="https://github.com/example/infra-live"

ENV TUNNEL_METRICS=0.0.0.0:2000
ENV TUNNEL_LOGLEVEL=info
ENV TUNNEL_TOKEN={{tunnel}}

EXPOSE 2000

ENTRYPOINT ["cloudflared", "--no-autoupdate"]
CMD ["tunnel", "run"]
