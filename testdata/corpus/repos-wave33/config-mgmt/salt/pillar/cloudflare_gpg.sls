#!yaml|gpg
# Encrypted for the master key:
#   echo -n "$TOKEN" | gpg --homedir /etc/salt/gpgkeys --armor --batch --trust-model always --encrypt -r salt@example.com
cloudflare:
  account_id: {{hex32}}
  zones:
    example.com: {{hex32}}
  api_token: |
    -----BEGIN PGP MESSAGE-----

    hQIMA{{b64_59}}
    {{b64_64}}
    {{b64_64}}
    {{b64_64}}
    {{b64_64}}
    0nIBgl{{b64_50}}
    ={{b64_4}}
    -----END PGP MESSAGE-----
  tunnel_token: |
    -----BEGIN PGP MESSAGE-----

    hQIMA{{b64_59}}
    {{b64_64}}
    {{b64_64}}
    {{b64_64}}
    ={{b64_4}}
    -----END PGP MESSAGE-----
