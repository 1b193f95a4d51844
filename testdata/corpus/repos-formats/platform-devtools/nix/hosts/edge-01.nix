{ config, pkgs, ... }:

{
  networking.hostName = "edge-01";

  services.cloudflared = {
    enable = true;
    tunnels."{{uuid}}" = {
      credentialsFile = "/etc/cloudflared/edge-01.json";
      default = "http_status:404";
      ingress."grafana.acme-robotics.dev" = "http://localhost:3000";
    };
  };

  # FIXME: move to agenix; this ends up world-readable in /nix/store
  environment.etc."cloudflared/edge-01.json".text = builtins.toJSON {
    AccountTag = "{{hex32}}";
    TunnelID = "{{uuid}}";
    TunnelSecret = "{{tunnelsecret}}";
  };

  security.acme = {
    acceptTerms = true;
    defaults.email = "platform@acme-robotics.dev";
    certs."edge-01.acme-robotics.dev" = {
      dnsProvider = "cloudflare";
      environmentFile = pkgs.writeText "lego-cloudflare.env" ''
        CLOUDFLARE_EMAIL=platform@acme-robotics.dev
        CLOUDFLARE_API_KEY={{hex37}}
      '';
    };
  };
}
