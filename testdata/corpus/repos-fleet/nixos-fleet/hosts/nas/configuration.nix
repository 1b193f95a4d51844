{ config, pkgs, ... }:

{
  imports = [ ./hardware-configuration.nix ../../modules/common.nix ];

  networking.hostName = "nas";

  # --- offsite backups to R2 ------------------------------------------------
  environment.etc."restic/r2.env" = {
    mode = "0400";
    text = ''
      AWS_ACCESS_KEY_ID={{hex32}}
      AWS_SECRET_ACCESS_KEY={{hex64}}
    '';
  };

  services.restic.backups.r2 = {
    initialize = true;
    repository = "s3:https://{{hex32}}.r2.cloudflarestorage.com/nas-backups";
    environmentFile = "/etc/restic/r2.env";
    passwordFile = "/etc/restic/password";
    paths = [ "/srv/photos" "/srv/documents" ];
    timerConfig = { OnCalendar = "02:30"; Persistent = true; };
    pruneOpts = [ "--keep-daily 7" "--keep-weekly 5" "--keep-monthly 12" ];
  };

  # --- certs for the LAN services ------------------------------------------
  # the nas zone lives in the old personal account which only has the global key
  environment.etc."acme/cloudflare.env".text = ''
    CLOUDFLARE_EMAIL=ops@example.org
    CLOUDFLARE_API_KEY={{hex37}}
  '';

  security.acme = {
    acceptTerms = true;
    defaults.email = "ops@example.org";
    certs."nas.example.org" = {
      dnsProvider = "cloudflare";
      environmentFile = "/etc/acme/cloudflare.env";
      extraDomainNames = [ "photos.nas.example.org" "jellyfin.nas.example.org" ];
    };
  };

  system.stateVersion = "23.11";
}
