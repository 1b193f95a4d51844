{ config, lib, ... }:

# Wildcard certificate for the lab subnet.
# TODO(mk): move acme-cloudflare.env into agenix like the gateway host does.
{
  security.acme = {
    acceptTerms = true;
    defaults = {
      email = "certs@example.dev";
      dnsResolver = "1.1.1.1:53";
      reloadServices = [ "nginx" "grafana" ];
    };

    certs."lab.example.dev" = {
      domain = "lab.example.dev";
      extraDomainNames = [ "*.lab.example.dev" ];
      dnsProvider = "cloudflare";
      environmentFile = ./acme-cloudflare.env;
      extraLegoFlags = [ "--dns.propagation-wait=30s" ];
      group = "nginx";
    };
  };

  users.users.nginx.extraGroups = [ "acme" ];

  services.nginx.virtualHosts."grafana.lab.example.dev" = {
    useACMEHost = "lab.example.dev";
    forceSSL = true;
    locations."/" = {
      proxyPass = "http://127.0.0.1:3001";
      proxyWebsockets = true;
    };
  };
}
