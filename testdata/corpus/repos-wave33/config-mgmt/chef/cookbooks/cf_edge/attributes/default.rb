#
# Cookbook:: cf_edge
# Attributes:: default
#

default['cf_edge']['zone'] = 'example.com'
default['cf_edge']['account_id'] = '{{hex32}}'

# Scoped API token comes from the encrypted data bag item cloudflare/api
# (see recipes/dns.rb); leave nil here.
default['cf_edge']['api_token'] = nil

# Origin CA certs for the origins that are not behind a tunnel.
# TODO: move to the data bag as well (EDGE-77)
default['cf_edge']['origin_ca_key'] = '{{origin}}'
default['cf_edge']['origin_cert']['hostnames'] = %w(origin.example.com *.origin.example.com)
default['cf_edge']['origin_cert']['request_type'] = 'origin-ecc'
default['cf_edge']['origin_cert']['validity_days'] = 5475
default['cf_edge']['origin_cert']['path'] = '/etc/ssl/cloudflare-origin'

default['cf_edge']['cloudflared']['version'] = '2024.8.2'
default['cf_edge']['cloudflared']['metrics'] = '127.0.0.1:2000'
default['cf_edge']['cloudflared']['artifact_base'] = 'https://artifacts.internal.example.com/cloudflared'
