# Dynamic DNS for the home uplink. The ISP rotates the WAN address whenever
# it feels like it, so the gateway pushes A/AAAA records to Cloudflare.
{ config, lib, pkgs, ... }:

let
  # TODO(alice): move this into agenix like the acme creds; the dyndns
  # module only wants a path, so writeText was the quick fix.
  cloudflareToken = pkgs.writeText "cloudflare-dyndns-token" "{{tok40}}";
in
{
  services.cloudflare-dyndns = {
    enable = true;
    apiTokenFile = "${cloudflareToken}";
    domains = [
      "home.example.net"
      "vpn.example.net"
    ];
    proxied = false;
    ipv4 = true;
    ipv6 = true;
    deleteMissing = false;
  };

  # Upstream runs every 5 minutes; the free plan rate limit is fine with
  # that but the logs are not.
  systemd.services.cloudflare-dyndns.startAt = lib.mkForce "*:0/10";

  networking.firewall.allowedUDPPorts = [ 51820 ];

  networking.wireguard.interfaces.wg0 = {
    ips = [ "10.77.0.1/24" ];
    listenPort = 51820;
    privateKeyFile = "/var/lib/wireguard/wg0.key";
  };
}
