#!yaml|gpg
# Encrypted with the salt master key (gpg --homedir /etc/salt/gpgkeys).
# Re-encrypt with: echo -n "..." | gpg --armor --batch --trust-model always --encrypt -r salt@master.example.io
cloudflared:
  token: |
    -----BEGIN PGP MESSAGE-----

    hQIMA7uE2aXbKc0hARAAodJFCrnl2edlBDdz1C5Jau2RJtBRnlWmTSHf6pWkLUyi
    fDLkDmWJ6UuVTAIjvFu7WICPhDeOZIiBOB/Y6sHrFH2ZUCr/lgotu2iXW7GboIRo
    L3u6aHwnMztVuaP+coUNEhEkk+iqq8vH2BzNZV45pFCiRcDCajhDieQjEJ+Bq8F8
    0ymm3T207gmhZRnFyy5r2xJ7Fj4mgblEv0+9BZhvWaXH6K2+tyLBhhOhg9uhkxii
    EZpFfk1OHAOEHYqM6Ojb6mjBHqSiFVKu4MbMnrHontIKARAH+Ggl2JfaQqHu42bo
    jteVs3qfNUfTAFnT0tEuw0dwQ0FIunWe8Cz6SNDCdyZQJiJSZQdoHwHen3SO0sBK
    =k3Tq
    -----END PGP MESSAGE-----
  metrics: 127.0.0.1:49312
