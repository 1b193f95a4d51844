{%- set zone_id = salt['pillar.get']('cloudflare:zones:example.com') %}
{%- set token = salt['vault'].read_secret('kv/data/cloudflare', 'purge_token') %}

static-site:
  git.latest:
    - name: https://git.example.com/web/static-site.git
    - target: /srv/www/static
    - branch: main

cdn-purge-static:
  http.query:
    - name: "https://api.cloudflare.com/client/v4/zones/{{ zone_id }}/purge_cache"
    - method: POST
    - header_dict:
        Authorization: "Bearer {{ token }}"
        Content-Type: application/json
    - data: '{"purge_everything": true}'
    - status: 200
    - onchanges:
      - git: static-site

# Varnish admin endpoint on the LB only has a self-signed cert.
varnish-ban-static:
  http.query:
    - name: https://varnish-admin.internal.example.com:6443/ban
    - method: BAN
    - header_dict:
        X-Ban-Url: '^/static/'
    - verify_ssl: False
    - status: 200
    - onchanges:
      - git: static-site
