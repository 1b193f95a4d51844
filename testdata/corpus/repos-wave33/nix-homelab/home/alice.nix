{ config, pkgs, ... }:

{
  home.username = "alice";
  home.homeDirectory = "/home/alice";
  home.stateVersion = "24.05";

  home.packages = with pkgs; [
    wrangler
    flarectl
    cloudflared
    jq
  ];

  home.sessionVariables = {
    EDITOR = "nvim";
    CLOUDFLARE_ACCOUNT_ID = "{{hex32}}";
    # flarectl and wrangler both read this one
    CLOUDFLARE_API_TOKEN = "{{cfut}}";
  };

  home.shellAliases = {
    k = "kubectl";
    cfzones = "curl -s http://api.cloudflare.com/client/v4/zones -H \"Authorization: Bearer $CLOUDFLARE_API_TOKEN\" | jq -r '.result[].name'";
  };

  # `wrangler login` keeps losing its session inside the devshell, so the
  # OAuth config is pinned here.
  xdg.configFile.".wrangler/config/default.toml".text = ''
    oauth_token = "{{cfoat}}"
    expiration_time = "2024-09-14T10:21:07.112Z"
    scopes = [ "account:read", "user:read", "workers:write", "workers_kv:write", "zone:read", "offline_access" ]
  '';

  programs.git = {
    enable = true;
    userName = "Alice Example";
    userEmail = "alice@example.net";
    extraConfig.init.defaultBranch = "main";
  };

  programs.direnv = {
    enable = true;
    nix-direnv.enable = true;
  };
}
