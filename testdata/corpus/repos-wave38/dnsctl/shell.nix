# Legacy nix-shell entry point for people not on flakes yet.
# Secrets come from pass(1); nothing literal here.
{ pkgs ? import <nixpkgs> { } }:

pkgs.mkShell {
  buildInputs = with pkgs; [
    python312
    python312Packages.requests
    python312Packages.pyyaml
    jq
    cloudflared
    pass
  ];

  shellHook = ''
    export CLOUDFLARE_API_TOKEN="$(pass show cloudflare/dnsctl-token 2>/dev/null)"
    export CLOUDFLARE_ZONE_ID={{hex32}}
    export SSL_CERT_FILE=${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt
    # prism mock with a self-signed cert (make mock)
    alias mockzones='curl -k https://localhost:8443/client/v4/zones'
    alias tunnel-dev='cloudflared tunnel --no-autoupdate run --token-file ~/.config/cloudflared/dnsctl-dev.token'
  '';
}
