# frozen_string_literal: true

require "faraday"
require "json"

module CloudflareRb
  class Error < StandardError; end

  # Small Faraday-based client for the Cloudflare v4 API (API token auth only).
  class Client
    DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4"

    attr_reader :base_url

    def initialize(token: ENV.fetch("CLOUDFLARE_API_TOKEN"), base_url: ENV.fetch("CLOUDFLARE_API_BASE_URL", DEFAULT_BASE_URL), adapter: Faraday.default_adapter)
      @token = token
      @base_url = base_url.chomp("/")
      @conn = Faraday.new(url: "#{@base_url}/") do |f|
        f.request :json
        f.response :json, content_type: /\bjson$/
        f.headers["Authorization"] = "Bearer #{@token}"
        f.headers["User-Agent"] = "cloudflare-rb/#{CloudflareRb::VERSION}"
        f.options.timeout = 20
        f.adapter adapter
      end
    end

    def zones(name: nil)
      params = { per_page: 50 }
      params[:name] = name if name
      request(:get, "zones", params)
    end

    def dns_records(zone_id, type: nil)
      params = { per_page: 100 }
      params[:type] = type if type
      request(:get, "zones/#{zone_id}/dns_records", params)
    end

    def create_dns_record(zone_id, type:, name:, content:, ttl: 1, proxied: false)
      request(:post, "zones/#{zone_id}/dns_records", nil,
              { type: type, name: name, content: content, ttl: ttl, proxied: proxied })
    end

    private

    def request(verb, path, params = nil, body = nil)
      resp = @conn.public_send(verb, path) do |req|
        req.params.update(params) if params
        req.body = body if body
      end
      data = resp.body
      unless data.is_a?(Hash) && data["success"]
        errors = data.is_a?(Hash) ? data["errors"] : []
        raise Error, Array(errors).map { |e| "#{e['code']}: #{e['message']}" }.join(", ")
      end
      data["result"]
    end
  end
end
