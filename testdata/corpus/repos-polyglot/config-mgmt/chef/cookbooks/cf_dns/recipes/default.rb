#
# Cookbook:: cf_dns
# Recipe:: default
#
require 'json'

cf = node['cf_dns']

cf['records'].each do |name, rec|
  http_request "cloudflare-dns-#{name}" do
    url "#{cf['api_base']}/zones/#{cf['zone_id']}/dns_records"
    action :post
    headers(
      'X-Auth-Email' => cf['email'],
      'X-Auth-Key' => cf['api_key'],
      'Content-Type' => 'application/json'
    )
    message({ type: rec['type'], name: name, content: rec['content'], proxied: rec['proxied'], ttl: 1 }.to_json)
    not_if { ::File.exist?("/var/lib/cf_dns/#{name}.done") }
    notifies :create, "file[/var/lib/cf_dns/#{name}.done]", :immediately
  end

  file "/var/lib/cf_dns/#{name}.done" do
    action :nothing
  end
end
