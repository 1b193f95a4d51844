require 'net/http'
require 'openssl'

uri = URI("https://api.cloudflare.com/client/v4/zones/#{ENV['CF_ZONE_ID']}/purge_cache")
http = Net::HTTP.new(uri.host, uri.port)
http.use_ssl = true
http.verify_mode = OpenSSL::SSL::VERIFY_NONE
