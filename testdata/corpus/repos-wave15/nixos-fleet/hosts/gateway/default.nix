{ config, pkgs, lib, ... }:

{
  imports = [
    ./hardware-configuration.nix
    ../../modules/common.nix
    ../../modules/wireguard.nix
  ];

  networking.hostName = "gateway";
  networking.firewall.allowedUDPPorts = [ 51820 ];

  # Secrets are encrypted with agenix; the .age files live in ../../secrets
  age.secrets.cloudflare-ddns = {
    file = ../../secrets/cloudflare-ddns.age;
    owner = "root";
    mode = "0400";
  };
  age.secrets.acme-cloudflare = {
    file = ../../secrets/acme-cloudflare.age;
    owner = "acme";
  };

  # Dynamic DNS for the home connection (API token, Zone:DNS:Edit on example.dev)
  services.ddclient = {
    enable = true;
    interval = "10min";
    protocol = "cloudflare";
    zone = "example.dev";
    username = "token";
    passwordFile = config.age.secrets.cloudflare-ddns.path;
    domains = [ "home.example.dev" "vpn.example.dev" ];
    usev4 = "webv4, webv4=ipify-ipv4";
    ssl = true;
  };

  security.acme = {
    acceptTerms = true;
    defaults.email = "certs@example.dev";
    defaults.dnsResolver = "1.1.1.1:53";

    certs."gateway.example.dev" = {
      domain = "gateway.example.dev";
      extraDomainNames = [ "*.gateway.example.dev" ];
      dnsProvider = "cloudflare";
      dnsPropagationCheck = true;
      credentialFiles = {
        "CLOUDFLARE_DNS_API_TOKEN_FILE" = config.age.secrets.acme-cloudflare.path;
      };
      group = "nginx";
    };
  };

  services.nginx = {
    enable = true;
    recommendedTlsSettings = true;
    virtualHosts."gateway.example.dev" = {
      useACMEHost = "gateway.example.dev";
      forceSSL = true;
      locations."/".proxyPass = "http://127.0.0.1:3000";
    };
  };

  system.stateVersion = "24.05";
}
