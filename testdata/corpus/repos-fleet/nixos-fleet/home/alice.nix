{ config, pkgs, ... }:

{
  home.username = "alice";
  home.homeDirectory = "/home/alice";
  home.stateVersion = "23.11";

  home.packages = with pkgs; [ nodejs_20 wrangler flarectl terraform ];

  home.sessionVariables = {
    EDITOR = "hx";
    CLOUDFLARE_ACCOUNT_ID = "{{hex32}}";
    CLOUDFLARE_API_TOKEN = "{{tok40}}";
  };

  programs.git = {
    enable = true;
    userName = "Alice Example";
    userEmail = "alice@example.org";
  };

  programs.zsh = {
    enable = true;
    shellAliases = {
      cfpurge = ''curl -s -X POST "https://api.cloudflare.com/client/v4/zones/$CF_ZONE/purge_cache" -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" --json '{"purge_everything":true}' '';
    };
  };
}
