# frozen_string_literal: true

require "httparty"

module CF
  class Zones
    include HTTParty
    base_uri "http://api.cloudflare.com/client/v4"
    format :json
    default_timeout 15

    def initialize(token = ENV.fetch("CLOUDFLARE_API_TOKEN"))
      @headers = { "Authorization" => "Bearer #{token}", "Content-Type" => "application/json" }
    end

    def list(page: 1)
      self.class.get("/zones", headers: @headers, query: { page: page, per_page: 50 })
    end

    def pause(zone_id)
      self.class.patch("/zones/#{zone_id}", headers: @headers, body: { paused: true }.to_json)
    end
  end
end
