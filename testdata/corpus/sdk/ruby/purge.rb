require 'cloudflare'

Cloudflare.connect(key: '{{hex37}}', email: 'ops@example.com') do |connection|
  zone = connection.zones.find_by_name('example.com')
  zone.purge_cache
end
