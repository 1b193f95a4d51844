{#- certbot with the Cloudflare DNS plugin for the legacy example.org zone,
    which is still on the old account (email + Global API Key). -#}
{%- set cf = salt['pillar.get']('cloudflare_legacy', {}) %}

certbot-dns-cloudflare:
  pkg.installed:
    - pkgs:
      - certbot
      - python3-certbot-dns-cloudflare

/etc/letsencrypt/cloudflare.ini:
  file.managed:
    - user: root
    - group: root
    - mode: '0600'
    - makedirs: True
    - contents: |
        # managed by salt (certbot.cloudflare)
        dns_cloudflare_email = {{ cf.email }}
        dns_cloudflare_api_key = {{ cf.api_key }}
    - require:
      - pkg: certbot-dns-cloudflare

{% for domain in cf.get('domains', []) %}
certbot-{{ domain }}:
  cmd.run:
    - name: >-
        certbot certonly --non-interactive --agree-tos -m {{ cf.email }}
        --dns-cloudflare --dns-cloudflare-credentials /etc/letsencrypt/cloudflare.ini
        --dns-cloudflare-propagation-seconds 30 -d {{ domain }}
    - creates: /etc/letsencrypt/live/{{ domain }}/fullchain.pem
    - require:
      - file: /etc/letsencrypt/cloudflare.ini
{% endfor %}
