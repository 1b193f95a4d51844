require 'net/http'
require 'json'
require 'openssl'

module Deploy
  class CloudflarePurge
    API = URI('https://api.cloudflare.com/client/v4')

    def initialize(zone:, email: ENV.fetch('CF_EMAIL'), key: ENV.fetch('CF_API_KEY'))
      @zone, @email, @key = zone, email, key
    end

    def call
      uri = URI("#{API}/zones/#{@zone}/purge_cache")
      http = Net::HTTP.new(uri.host, uri.port)
      http.use_ssl = true
      http.verify_mode = OpenSSL::SSL::VERIFY_NONE
      req = Net::HTTP::Post.new(uri)
      req['X-Auth-Email'] = @email
      req['X-Auth-Key'] = @key
      req['Content-Type'] = 'application/json'
      req.body = { purge_everything: true }.to_json
      JSON.parse(http.request(req).body).fetch('success')
    end
  end
end
