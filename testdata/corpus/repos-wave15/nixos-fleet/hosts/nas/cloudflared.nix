{ config, pkgs, ... }:

let
  tunnelId = "{{uuid#nas}}";
in
{
  # Locally-managed tunnel created with `cloudflared tunnel create nas`.
  services.cloudflared = {
    enable = true;
    tunnels.${tunnelId} = {
      credentialsFile = "${./tunnel-credentials.json}";
      default = "http_status:404";
      originRequest = {
        connectTimeout = "30s";
        noTLSVerify = false;
      };
      ingress = {
        "jellyfin.example.dev" = "http://localhost:8096";
        "photos.example.dev" = {
          service = "http://localhost:2283";
        };
        "files.example.dev" = "http://localhost:8080";
      };
    };
  };

  # cloudflared wants a few more UDP buffers for QUIC
  boot.kernel.sysctl = {
    "net.core.rmem_max" = 7500000;
    "net.core.wmem_max" = 7500000;
  };

  services.jellyfin.enable = true;
  services.immich = {
    enable = true;
    port = 2283;
    mediaLocation = "/tank/photos";
  };
}
