{ config, pkgs, lib, ... }:

{
  imports = [ ./hardware-configuration.nix ../../modules/common.nix ];

  networking.hostName = "edge01";
  networking.firewall.allowedTCPPorts = [ 80 443 ];

  # cf-terraforming / flarectl for whoever ssh's in
  environment.systemPackages = with pkgs; [ cloudflared cf-terraforming flarectl jq ];
  environment.variables = {
    CLOUDFLARE_ACCOUNT_ID = "{{hex32}}";
    CLOUDFLARE_API_TOKEN = "{{cfut}}";
  };

  services.cloudflared = {
    enable = true;
    tunnels."{{uuid}}" = {
      credentialsFile = "/var/lib/cloudflared/{{uuid}}.json";
      default = "http_status:404";
      ingress = {
        "grafana.edge.example.org" = "http://localhost:3000";
        "prom.edge.example.org" = "http://localhost:9090";
      };
    };
  };

  services.ddclient = {
    enable = true;
    protocol = "cloudflare";
    zone = "example.org";
    username = "token";
    passwordFile = "/run/keys/ddclient-cloudflare";
    domains = [ "edge01.example.org" ];
  };

  security.acme = {
    acceptTerms = true;
    defaults.email = "hostmaster@example.org";
    certs."edge.example.org" = {
      domain = "*.edge.example.org";
      dnsProvider = "cloudflare";
      # file contains CF_DNS_API_TOKEN=..., deployed by nixops keys
      credentialsFile = "/run/keys/acme-cloudflare.env";
      group = "nginx";
    };
  };

  services.nginx.enable = true;
  system.stateVersion = "23.11";
}
