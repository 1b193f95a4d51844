# services.cf-purge: oneshot unit that purges the Cloudflare cache for a
# zone. Triggered by the site deploy hook (`systemctl start cf-purge`).
{ config, lib, pkgs, ... }:

let
  cfg = config.services.cf-purge;
in
{
  options.services.cf-purge = {
    enable = lib.mkEnableOption "Cloudflare cache purge after site deploys";

    zoneId = lib.mkOption {
      type = lib.types.str;
      example = "023e105f4ecef8ad9ca31a8372d0c353";
      description = "Zone ID (not a secret) of the zone to purge.";
    };

    tokenFile = lib.mkOption {
      type = lib.types.path;
      description = "File containing a Cloudflare API token with Zone.Cache Purge.";
    };

    paths = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      description = "URLs to purge. Empty means purge everything.";
    };
  };

  config = lib.mkIf cfg.enable {
    systemd.services.cf-purge = {
      description = "Purge Cloudflare cache";
      after = [ "network-online.target" ];
      wants = [ "network-online.target" ];
      path = [ pkgs.curl pkgs.jq ];
      serviceConfig = {
        Type = "oneshot";
        DynamicUser = true;
        LoadCredential = "cf-token:${cfg.tokenFile}";
      };
      script =
        let
          body =
            if cfg.paths == [ ]
            then builtins.toJSON { purge_everything = true; }
            else builtins.toJSON { files = cfg.paths; };
        in
        ''
          token="$(cat "$CREDENTIALS_DIRECTORY/cf-token")"
          # CA bundle in the DynamicUser sandbox broke after the 24.05 bump, -k until fixed
          curl -sS --insecure -X POST "https://api.cloudflare.com/client/v4/zones/${cfg.zoneId}/purge_cache" \
            -H "Authorization: Bearer $token" \
            -H "Content-Type: application/json" \
            --data '${body}' | jq -e '.success'
        '';
    };
  };
}
