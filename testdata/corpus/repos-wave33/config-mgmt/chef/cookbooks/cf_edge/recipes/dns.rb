#
# Cookbook:: cf_edge
# Recipe:: dns
#
# Registers this node's public address in the legacy example.org zone.
# That zone is still in the old account, so the cloudflare gem is used
# with the Global API Key from the encrypted data bag.
#

chef_gem 'cloudflare' do
  version '~> 4.3'
  compile_time true
end

require 'cloudflare'

secret = Chef::EncryptedDataBagItem.load_secret('/etc/chef/encrypted_data_bag_secret')
creds = data_bag_item('cloudflare', 'legacy', secret)

ruby_block 'register origin A record' do
  block do
    Cloudflare.connect(key: creds['global_api_key'], email: creds['email']) do |connection|
      zone = connection.zones.find_by_name('example.org')
      name = "#{node['hostname']}.origin.example.org"
      record = zone.dns_records.find_by_name(name)
      if record
        record.update_content(node['ipaddress']) unless record.value[:content] == node['ipaddress']
      else
        zone.dns_records.create('A', name, node['ipaddress'], proxied: false)
      end
    end
  end
  action :run
end

remote_file '/usr/local/bin/cloudflared' do
  source "#{node['cf_edge']['cloudflared']['artifact_base']}/#{node['cf_edge']['cloudflared']['version']}/cloudflared-linux-amd64"
  mode '0755'
  action :create
end
