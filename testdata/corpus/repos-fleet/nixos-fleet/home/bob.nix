{ config, pkgs, ... }:

{
  imports = [ <sops-nix/modules/home-manager/sops.nix> ];

  home.username = "bob";
  home.homeDirectory = "/home/bob";
  home.stateVersion = "23.11";

  sops = {
    age.keyFile = "/home/bob/.config/sops/age/keys.txt";
    defaultSopsFile = ../secrets/bob.yaml;
    secrets.cloudflare_api_token = { };
    secrets.cloudflare_r2_secret = { };
  };

  home.sessionVariables = {
    CLOUDFLARE_ACCOUNT_ID = "{{hex32}}";
    # terraform's cloudflare provider can't read a *_FILE var, so the wrapper exports it
    CLOUDFLARE_API_TOKEN_FILE = config.sops.secrets.cloudflare_api_token.path;
    R2_ENDPOINT = "https://{{hex32}}.r2.cloudflarestorage.com";
  };

  home.file.".local/bin/tf" = {
    executable = true;
    text = ''
      #!/bin/sh
      export CLOUDFLARE_API_TOKEN="$(cat "$CLOUDFLARE_API_TOKEN_FILE")"
      exec terraform "$@"
    '';
  };
}
