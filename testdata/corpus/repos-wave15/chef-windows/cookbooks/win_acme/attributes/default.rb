#
# Cookbook:: win_acme
# Attributes:: default
#
default['win_acme']['version'] = '2.2.9.1701'
default['win_acme']['install_dir'] = 'C:\\tools\\win-acme'
default['win_acme']['download_url'] =
  "https://github.com/win-acme/win-acme/releases/download/v2.2.9.1/win-acme.v#{node['win_acme']['version']}.x64.pluggable.zip"
default['win_acme']['cloudflare_plugin_url'] =
  "https://github.com/win-acme/win-acme/releases/download/v2.2.9.1/plugin.validation.dns.cloudflare.v#{node['win_acme']['version']}.zip"

default['win_acme']['email'] = 'hostmaster@example.com'
default['win_acme']['hosts'] = %w(www.example.com example.com)
default['win_acme']['site_id'] = 1

# Cloudflare: token is read from the encrypted data bag cloudflare/wacs at
# converge time. Only the (public) zone id lives here.
default['win_acme']['cloudflare']['zone_id'] = '{{hex32}}'
default['win_acme']['cloudflare']['data_bag'] = 'cloudflare'
default['win_acme']['cloudflare']['data_bag_item'] = 'wacs'
default['win_acme']['cloudflare']['api_token'] = nil

default['win_acme']['settings']['EncryptConfig'] = true
default['win_acme']['settings']['RenewalDays'] = 55
