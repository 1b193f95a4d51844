{ config, ... }:

{
  # The builder still uses the account-wide Global API Key because the
  # registrar zone (example.net) lives in a second account that we cannot
  # issue scoped tokens for yet. See infra#412.
  sops.secrets."cloudflare/email" = {
    sopsFile = ../../secrets/builder.yaml;
    owner = "acme";
  };
  sops.secrets."cloudflare/global-api-key" = {
    sopsFile = ../../secrets/builder.yaml;
    owner = "acme";
  };

  security.acme = {
    acceptTerms = true;
    defaults.email = "certs@example.dev";

    certs."ci.example.net" = {
      domain = "ci.example.net";
      extraDomainNames = [ "cache.example.net" "*.ci.example.net" ];
      dnsProvider = "cloudflare";
      dnsResolver = "1.1.1.1:53";
      credentialFiles = {
        "CLOUDFLARE_EMAIL_FILE" = config.sops.secrets."cloudflare/email".path;
        "CLOUDFLARE_API_KEY_FILE" = config.sops.secrets."cloudflare/global-api-key".path;
      };
      group = "nginx";
    };
  };

  services.nginx.virtualHosts."cache.example.net" = {
    useACMEHost = "ci.example.net";
    forceSSL = true;
    locations."/".proxyPass = "http://127.0.0.1:5000";
  };
}
