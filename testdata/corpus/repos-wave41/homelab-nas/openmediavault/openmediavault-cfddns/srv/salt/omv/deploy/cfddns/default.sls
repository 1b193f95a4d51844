# This file is part of openmediavault-cfddns.
#
# @license   http://www.gnu.org/licenses/gpl.html GPL Version 3
# @copyright Copyright (c) 2024 OpenMediaVault Plugin Developers
#
# Renders /etc/cfddns/cfddns.env from the database and (re)starts the timer.
# The token never lives in this repository: it is read from config.xml at deploy time.

{% set config = salt['omv_conf.get']('conf.service.cfddns') %}

configure_cfddns_dir:
  file.directory:
    - name: /etc/cfddns
    - user: root
    - group: root
    - mode: "0700"

configure_cfddns_env:
  file.managed:
    - name: /etc/cfddns/cfddns.env
    - contents: |
        {{ pillar['headers']['auto_generated'] }}
        {{ pillar['headers']['warning'] }}
        CLOUDFLARE_API_TOKEN={{ config.apitoken }}
        CF_ZONE_ID={{ config.zoneid }}
        CF_RECORDS={{ config.records }}
        CF_PROXIED={{ 'true' if config.proxied | to_bool else 'false' }}
        CF_TTL={{ config.ttl }}
        CF_IPV6={{ 'true' if config.ipv6 | to_bool else 'false' }}
        CF_API_URL=https://api.cloudflare.com/client/v4
    - user: root
    - group: root
    - mode: "0600"

configure_cfddns_timer:
  file.managed:
    - name: /etc/systemd/system/cfddns.timer.d/override.conf
    - makedirs: True
    - contents: |
        [Timer]
        OnUnitActiveSec={{ config.interval }}s

{% if config.enable | to_bool %}

start_cfddns_timer:
  service.running:
    - name: cfddns.timer
    - enable: True
    - watch:
      - file: configure_cfddns_env
      - file: configure_cfddns_timer

{% else %}

stop_cfddns_timer:
  service.dead:
    - name: cfddns.timer
    - enable: False

{% endif %}
