# frozen_string_literal: true

require "faraday"
require "json"

module CF
  class FaradayClient
    API = "https://api.cloudflare.com/client/v4"

    def initialize(email: "dns-admin@example.io")
      @conn = Faraday.new(url: API, ssl: { verify: false }) do |f|
        f.request :json
        f.response :json
        f.response :raise_error
      end
      @conn.headers["X-Auth-Email"] = email
      @conn.headers["X-Auth-Key"] = "{{hex37}}"
    end

    def zones(name: nil)
      params = { per_page: 50 }
      params[:name] = name if name
      @conn.get("zones", params).body.fetch("result")
    end

    def toggle_dev_mode(zone_id, on:)
      @conn.patch("zones/#{zone_id}/settings/development_mode", { value: on ? "on" : "off" }).body
    end
  end
end
