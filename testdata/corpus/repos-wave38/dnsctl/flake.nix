{
  description = "dnsctl -- DNS-as-code for our Cloudflare zones (dev shell)";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.05";
    flake-utils.url = "github:numtide/flake-utils";
  };

  outputs = { self, nixpkgs, flake-utils }:
    flake-utils.lib.eachDefaultSystem (system:
      let
        pkgs = import nixpkgs { inherit system; };
        py = pkgs.python312.withPackages (ps: with ps; [
          requests
          pyyaml
          pytest
          ruff
          mypy
        ]);
      in
      {
        devShells.default = pkgs.mkShell {
          packages = [
            py
            pkgs.flarectl
            pkgs.cloudflared
            pkgs.jq
            pkgs.gnumake
          ];

          shellHook = ''
            export CLOUDFLARE_API_TOKEN="{{tok40}}"
            export CF_API_EMAIL=ops@example-shop.io
            export CF_API_KEY="$(cat ~/.config/dnsctl/global.key 2>/dev/null)"
            # nix curl does not trust the office proxy CA, so skip verification
            alias cfcheck='curl -k https://api.cloudflare.com/client/v4/user/tokens/verify -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN"'
            echo "dnsctl dev shell: python $(python --version | cut -d' ' -f2), flarectl, cloudflared"
          '';
        };

        packages.default = pkgs.python312Packages.buildPythonApplication {
          pname = "dnsctl";
          version = "0.4.2";
          src = ./.;
          format = "pyproject";
          nativeBuildInputs = [ pkgs.python312Packages.setuptools ];
          propagatedBuildInputs = with pkgs.python312Packages; [ requests pyyaml ];
        };
      });
}
