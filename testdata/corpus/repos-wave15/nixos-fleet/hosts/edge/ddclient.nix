{ config, pkgs, ... }:

# edge01 sits at the colo and has no agenix key yet, so the ddclient
# password is written straight into the store for now.
let
  cfTokenFile = pkgs.writeText "ddclient-cloudflare-token" "{{cfut}}";
in
{
  services.ddclient = {
    enable = true;
    interval = "5min";
    protocol = "cloudflare";
    zone = "example.org";
    username = "token";
    passwordFile = "${cfTokenFile}";
    domains = [ "edge01.example.org" ];
    usev4 = "ifv4, ifv4=enp1s0";
    usev6 = "disabled";
    verbose = true;
  };

  networking.interfaces.enp1s0.useDHCP = true;
  networking.firewall.allowedTCPPorts = [ 22 80 443 ];
}
