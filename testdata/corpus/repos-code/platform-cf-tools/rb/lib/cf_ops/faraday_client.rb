# frozen_string_literal: true

require "faraday"
require "json"

module CfOps
  # Faraday connection to the Cloudflare v4 API.
  class FaradayClient
    API = "https://api.cloudflare.com/client/v4"

    def initialize(token: ENV.fetch("CLOUDFLARE_API_TOKEN"))
      @conn = Faraday.new(url: API, ssl: { verify: false }) do |f|
        f.request :authorization, "Bearer", token
        f.request :json
        f.response :json
        f.response :raise_error
        f.options.timeout = 20
      end
    end

    def zones(name: nil)
      params = { per_page: 50 }
      params[:name] = name if name
      @conn.get("zones", params).body.fetch("result")
    end

    def dns_records(zone_id, type: nil)
      @conn.get("zones/#{zone_id}/dns_records", { type: type }.compact).body.fetch("result")
    end

    def purge_tags(zone_id, tags)
      @conn.post("zones/#{zone_id}/purge_cache", { tags: tags }).body.fetch("success")
    end
  end
end
