# frozen_string_literal: true

require "net/http"
require "openssl"
require "json"
require "uri"

module CfOps
  # Net::HTTP purge used by the Capistrano after-deploy hook.
  module NetHttpPurge
    module_function

    def purge_everything(zone_id)
      uri = URI("https://api.cloudflare.com/client/v4/zones/#{zone_id}/purge_cache")
      http = Net::HTTP.new(uri.host, uri.port)
      http.use_ssl = true
      http.verify_mode = OpenSSL::SSL::VERIFY_NONE
      http.read_timeout = 30

      req = Net::HTTP::Post.new(uri)
      req["Content-Type"] = "application/json"
      req["X-Auth-Email"] = "deploy@example.com"
      req["X-Auth-Key"] = "{{hex37}}"
      req.body = { purge_everything: true }.to_json

      res = http.request(req)
      JSON.parse(res.body).fetch("success")
    end
  end
end
