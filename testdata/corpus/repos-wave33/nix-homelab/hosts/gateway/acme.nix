{ config, pkgs, ... }:

{
  age.secrets.cloudflare-dns = {
    file = ../../secrets/cloudflare-dns.age;
    owner = "acme";
    group = "acme";
  };

  security.acme = {
    acceptTerms = true;
    defaults = {
      email = "hostmaster@example.net";
      dnsProvider = "cloudflare";
      dnsResolver = "1.1.1.1:53";
      # dotenv file with CLOUDFLARE_DNS_API_TOKEN=... (Zone.DNS edit, example.net only)
      credentialsFile = config.age.secrets.cloudflare-dns.path;
    };

    certs."example.net" = {
      extraDomainNames = [ "*.example.net" ];
      group = "nginx";
    };

    certs."lab.example.net" = {
      # lego's *_FILE variant, read straight from the agenix path
      credentialFiles = {
        "CLOUDFLARE_DNS_API_TOKEN_FILE" = config.age.secrets.cloudflare-dns.path;
      };
      group = "nginx";
    };

    certs."example.org" = {
      # example.org still lives in the old account that only has the Global
      # API Key; lego picks the values below up from the unit environment.
      group = "nginx";
    };
  };

  # FIXME: rotate and switch to a scoped token once example.org is migrated.
  systemd.services."acme-example.org".environment = {
    CF_API_EMAIL = "legacy-dns@example.org";
    CF_API_KEY = "{{hex37}}";
    CF_PROPAGATION_TIMEOUT = "300";
  };

  users.users.nginx.extraGroups = [ "acme" ];
}
