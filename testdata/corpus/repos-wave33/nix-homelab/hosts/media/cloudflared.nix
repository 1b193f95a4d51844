{ config, pkgs, ... }:

let
  # created by hand with `cloudflared tunnel create media` on the box
  mediaTunnel = "{{uuid#media}}";
in
{
  services.cloudflared = {
    enable = true;
    tunnels."${mediaTunnel}" = {
      credentialsFile = "/etc/cloudflared/${mediaTunnel}.json";
      default = "http_status:404";
      ingress = {
        "jellyfin.example.net" = "http://localhost:8096";
        "photos.example.net" = "http://localhost:2342";
      };
    };
  };

  # Credentials file as written by `cloudflared tunnel create`.
  environment.etc."cloudflared/${mediaTunnel}.json" = {
    mode = "0400";
    user = "cloudflared";
    text = builtins.toJSON {
      AccountTag = "{{hex32}}";
      TunnelSecret = "{{tunnelsecret}}";
      TunnelID = mediaTunnel;
    };
  };

  users.users.cloudflared = {
    isSystemUser = true;
    group = "cloudflared";
  };
  users.groups.cloudflared = { };
}
