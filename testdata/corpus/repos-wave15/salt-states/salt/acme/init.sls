{%- set cf = salt['pillar.get']('cloudflare', {}) %}
{%- set acme = salt['pillar.get']('acme', {}) %}

certbot-packages:
  pkg.installed:
    - pkgs:
      - certbot
      - python3-certbot-dns-cloudflare

/etc/letsencrypt/cloudflare.ini:
  file.managed:
    - user: root
    - group: root
    - mode: '0600'
    - show_changes: False
    - contents: |
        # managed by salt (acme)
        dns_cloudflare_api_token = {{ cf.get('api_token', '') }}
    - require:
      - pkg: certbot-packages

{%- for name in salt['grains.get']('acme_certs', []) %}
acme-cert-{{ name }}:
  acme.cert:
    - name: {{ name }}
    - aliases:
      - '*.{{ name }}'
    - email: {{ acme.get('email') }}
    - server: {{ acme.get('server') }}
    - dns_plugin: cloudflare
    - dns_plugin_credentials: /etc/letsencrypt/cloudflare.ini
    - renew: 30
    - require:
      - file: /etc/letsencrypt/cloudflare.ini
{%- endfor %}

certbot.timer:
  service.running:
    - enable: True
