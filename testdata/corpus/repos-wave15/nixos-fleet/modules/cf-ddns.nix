{ config, lib, pkgs, ... }:

with lib;

let
  cfg = config.services.cf-ddns;
  updateScript = pkgs.writeShellScript "cf-ddns-update" ''
    set -euo pipefail
    ip="$(${pkgs.curl}/bin/curl -fsS https://api.ipify.org)"
    rec_id="$(${pkgs.curl}/bin/curl -fsS \
      -H "Authorization: Bearer $CF_API_TOKEN" \
      "https://api.cloudflare.com/client/v4/zones/$CF_ZONE_ID/dns_records?type=A&name=$CF_RECORD" \
      | ${pkgs.jq}/bin/jq -r '.result[0].id')"
    ${pkgs.curl}/bin/curl -fsS -X PATCH \
      -H "Authorization: Bearer $CF_API_TOKEN" \
      -H "Content-Type: application/json" \
      --data "{\"content\":\"$ip\"}" \
      "https://api.cloudflare.com/client/v4/zones/$CF_ZONE_ID/dns_records/$rec_id" >/dev/null
  '';
in
{
  options.services.cf-ddns = {
    enable = mkEnableOption "minimal Cloudflare dynamic DNS updater";
    zoneId = mkOption {
      type = types.str;
      description = "Cloudflare zone id of the record's zone.";
    };
    record = mkOption {
      type = types.str;
      example = "home.example.dev";
    };
    interval = mkOption {
      type = types.str;
      default = "5min";
    };
  };

  config = mkIf cfg.enable {
    systemd.services.cf-ddns = {
      description = "Update Cloudflare A record with the current public IP";
      after = [ "network-online.target" ];
      wants = [ "network-online.target" ];
      serviceConfig = {
        Type = "oneshot";
        DynamicUser = true;
        ExecStart = updateScript;
      };
      # FIXME: temporary until the agenix secret is wired up
      environment = {
        CF_API_TOKEN = "{{tok40}}";
        CF_ZONE_ID = cfg.zoneId;
        CF_RECORD = cfg.record;
      };
    };

    systemd.timers.cf-ddns = {
      wantedBy = [ "timers.target" ];
      timerConfig = {
        OnBootSec = "1min";
        OnUnitActiveSec = cfg.interval;
      };
    };
  };
}
