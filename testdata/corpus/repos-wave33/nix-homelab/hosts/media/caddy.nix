{ pkgs, ... }:

{
  services.caddy = {
    enable = true;
    package = pkgs.caddy.withPlugins {
      plugins = [ "github.com/caddy-dns/cloudflare@v0.0.0-20240703190432-89f16b99c18e" ];
      hash = "sha256-{{b64_43}}=";
    };
    email = "hostmaster@example.net";

    # media box isn't on sops yet, so the token is inline for now
    virtualHosts."jellyfin.example.net".extraConfig = ''
      tls {
        dns cloudflare {{cfut}}
        resolvers 1.1.1.1
      }
      reverse_proxy 127.0.0.1:8096
    '';

    # Pulls artwork from the Access-protected metadata cache on the NAS box
    virtualHosts."meta.example.net".extraConfig = ''
      reverse_proxy https://meta-origin.example.net {
        header_up CF-Access-Client-Id {{hex32}}.access
        header_up CF-Access-Client-Secret {{hex64}}
        header_up Host meta-origin.example.net
      }
    '';
  };

  networking.firewall.allowedTCPPorts = [ 80 443 ];
}
