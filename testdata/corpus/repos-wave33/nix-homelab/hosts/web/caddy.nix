{ config, pkgs, ... }:

{
  services.caddy = {
    enable = true;
    package = pkgs.caddy.withPlugins {
      plugins = [ "github.com/caddy-dns/cloudflare@v0.0.0-20240703190432-89f16b99c18e" ];
      hash = "sha256-{{b64_43}}=";
    };
    email = "hostmaster@example.net";

    # Token is injected through environmentFile (see ./sops.nix).
    globalConfig = ''
      acme_dns cloudflare {env.CLOUDFLARE_API_TOKEN}
    '';

    virtualHosts."grafana.example.net".extraConfig = ''
      reverse_proxy 127.0.0.1:3000
    '';

    # UniFi controller only ships a self-signed cert.
    virtualHosts."unifi.example.net".extraConfig = ''
      reverse_proxy https://10.0.10.2:8443 {
        transport http {
          tls_insecure_skip_verify
        }
      }
    '';

    # Internal wiki sits behind Cloudflare Access; Caddy presents the
    # service token it gets from the environment.
    virtualHosts."wiki.example.net".extraConfig = ''
      reverse_proxy https://wiki-origin.example.net {
        header_up CF-Access-Client-Id {env.CF_ACCESS_CLIENT_ID}
        header_up CF-Access-Client-Secret {env.CF_ACCESS_CLIENT_SECRET}
        header_up Host wiki-origin.example.net
      }
    '';
  };

  networking.firewall.allowedTCPPorts = [ 80 443 ];
}
