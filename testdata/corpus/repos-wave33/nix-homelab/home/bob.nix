{ config, pkgs, inputs, ... }:

{
  imports = [ inputs.agenix.homeManagerModules.default ];

  home.username = "bob";
  home.homeDirectory = "/home/bob";
  home.stateVersion = "24.05";

  age.identityPaths = [ "${config.home.homeDirectory}/.ssh/id_ed25519" ];
  age.secrets.r2-backup.file = ../secrets/r2-backup.age;
  age.secrets.cloudflare-token.file = ../secrets/cloudflare-token.age;

  # R2 bucket for photo backups; the secret key is read from the agenix file.
  programs.rclone = {
    enable = true;
    remotes.r2 = {
      config = {
        type = "s3";
        provider = "Cloudflare";
        access_key_id = "{{hex32}}";
        endpoint = "https://{{hex32}}.r2.cloudflarestorage.com";
        acl = "private";
        no_check_bucket = true;
      };
      secrets = {
        secret_access_key = config.age.secrets.r2-backup.path;
      };
    };
  };

  # old token (cfut_****************************) was revoked 2024-05-02
  programs.zsh = {
    enable = true;
    initExtra = ''
      export CLOUDFLARE_API_TOKEN="$(cat ${config.age.secrets.cloudflare-token.path})"
    '';
  };

  home.sessionVariables = {
    GH_TOKEN = "{{ghp}}";
    CLOUDFLARE_ZONE_ID = "{{hex32}}";
  };
}
