{ config, ... }:

{
  sops = {
    defaultSopsFile = ../../secrets/web.yaml;
    age.sshKeyPaths = [ "/etc/ssh/ssh_host_ed25519_key" ];

    secrets."cloudflare/dns_token" = { };
    secrets."cloudflare/zone_id" = { };
    secrets."cloudflare/tunnel_credentials" = {
      owner = "cloudflared";
      format = "binary";
      sopsFile = ../../secrets/web-tunnel.json;
    };

    # caddy wants a dotenv style file; render it from the secrets above.
    templates."caddy-cloudflare.env" = {
      owner = "caddy";
      content = ''
        CLOUDFLARE_API_TOKEN=${config.sops.placeholder."cloudflare/dns_token"}
        CLOUDFLARE_ZONE_ID=${config.sops.placeholder."cloudflare/zone_id"}
      '';
    };
  };

  services.caddy.environmentFile = config.sops.templates."caddy-cloudflare.env".path;

  services.cloudflared = {
    enable = true;
    tunnels."6ff42ae2-765d-4adf-8112-31c55c1551ef" = {
      credentialsFile = config.sops.secrets."cloudflare/tunnel_credentials".path;
      default = "http_status:404";
      ingress."grafana.example.net" = "http://localhost:3000";
    };
  };
}
