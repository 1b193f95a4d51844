{
  description = "ddns-rs: dynamic DNS updater for Cloudflare zones";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.05";
    flake-utils.url = "github:numtide/flake-utils";
    crane.url = "github:ipetkov/crane";
    rust-overlay = {
      url = "github:oxalica/rust-overlay";
      inputs.nixpkgs.follows = "nixpkgs";
    };
    # Vendored for the `cloudflare` git dependency in Cargo.toml so the build
    # works in the Nix sandbox without network access.
    cloudflare-rs = {
      url = "github:cloudflare/cloudflare-rs";
      flake = false;
    };
  };

  outputs = { self, nixpkgs, flake-utils, crane, rust-overlay, cloudflare-rs, ... }:
    flake-utils.lib.eachDefaultSystem (system:
      let
        pkgs = import nixpkgs {
          inherit system;
          overlays = [ (import rust-overlay) ];
        };
        toolchain = pkgs.rust-bin.stable."1.82.0".minimal;
        craneLib = (crane.mkLib pkgs).overrideToolchain toolchain;
        src = craneLib.cleanCargoSource ./.;
        commonArgs = {
          inherit src;
          strictDeps = true;
          # Map the git dep onto the pinned flake input instead of fetching it.
          cargoVendorDir = craneLib.vendorCargoDeps {
            inherit src;
            overrideVendorGitCheckout = ps: drv:
              if pkgs.lib.any (p: p.name == "cloudflare") ps
              then drv.overrideAttrs (_: { src = cloudflare-rs; })
              else drv;
          };
        };
        ddns-rs = craneLib.buildPackage (commonArgs // {
          cargoArtifacts = craneLib.buildDepsOnly commonArgs;
        });
      in {
        packages.default = ddns-rs;
        checks = { inherit ddns-rs; };
        devShells.default = craneLib.devShell {
          packages = with pkgs; [ cargo-deny cargo-edit cloudflared jq ];
          # The API token is read from CLOUDFLARE_API_TOKEN or ddns.toml at runtime.
          shellHook = ''
            export RUST_LOG=ddns_rs=debug
          '';
        };
      });
}
