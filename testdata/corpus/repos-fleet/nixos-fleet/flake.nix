{
  description = "example.org fleet";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-23.11";
    home-manager.url = "github:nix-community/home-manager/release-23.11";
    home-manager.inputs.nixpkgs.follows = "nixpkgs";
    agenix.url = "github:ryantm/agenix";
  };

  outputs = { self, nixpkgs, home-manager, agenix, ... }:
    let
      system = "x86_64-linux";
      mkHost = name: extra: nixpkgs.lib.nixosSystem {
        inherit system;
        modules = [
          ./hosts/${name}/configuration.nix
          agenix.nixosModules.default
          home-manager.nixosModules.home-manager
          {
            home-manager.useGlobalPkgs = true;
            home-manager.users.alice = import ./home/alice.nix;
          }
        ] ++ extra;
      };
    in {
      nixosConfigurations = {
        edge01 = mkHost "edge01" [ ];
        nas = mkHost "nas" [ ];

        # the kiosk box runs a dashboard-managed (remotely configured) tunnel
        kiosk = mkHost "kiosk" [
          ({ pkgs, ... }: {
            systemd.services.cloudflared-kiosk = {
              description = "cloudflared connector (kiosk)";
              after = [ "network-online.target" ];
              wants = [ "network-online.target" ];
              wantedBy = [ "multi-user.target" ];
              serviceConfig = {
                ExecStart = "${pkgs.cloudflared}/bin/cloudflared tunnel --no-autoupdate run --token {{tunnel}}";
                Restart = "always";
                DynamicUser = true;
              };
            };
          })
        ];

        # build runner: tunnel creds decrypted by agenix at activation
        runner = mkHost "runner" [
          ({ config, ... }: {
            age.secrets.cf-tunnel-runner = {
              file = ./secrets/cf-tunnel-runner.json.age;
              owner = "cloudflared";
            };
            services.cloudflared = {
              enable = true;
              tunnels."{{uuid}}" = {
                credentialsFile = config.age.secrets.cf-tunnel-runner.path;
                default = "http_status:404";
              };
            };
          })
        ];
      };
    };
}
