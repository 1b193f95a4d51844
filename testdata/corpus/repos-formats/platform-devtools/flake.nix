{
  description = "acme-robotics platform dev shell";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-23.11";
    flake-utils.url = "github:numtide/flake-utils";
  };

  outputs = { self, nixpkgs, flake-utils }:
    flake-utils.lib.eachDefaultSystem (system:
      let pkgs = import nixpkgs { inherit system; config.allowUnfree = true; };
      in {
        devShells.default = pkgs.mkShell {
          packages = with pkgs; [ terraform cloudflared flarectl nodejs_20 just go-task bazelisk ];
          CLOUDFLARE_ACCOUNT_ID = "{{hex32}}";
          shellHook = ''
            if [ -z "''${CLOUDFLARE_API_TOKEN:-}" ]; then
              export CLOUDFLARE_API_TOKEN="$(op read 'op://Platform/Cloudflare Terraform/credential')"
            fi
          '';
        };
      });
}
