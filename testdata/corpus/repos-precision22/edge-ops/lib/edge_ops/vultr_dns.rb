# frozen_string_literal: true

require "faraday"
require "json"

module EdgeOps
  # Vultr DNS v2 client, used for the lab.northwind.example zone that never moved
  # to Cloudflare. Vultr takes a personal API key as a Bearer token.
  class VultrDns
    API_BASE = "https://api.vultr.com/v2/"

    def initialize(api_key: ENV.fetch("VULTR_API_KEY"))
      @conn = Faraday.new(url: API_BASE) do |f|
        f.request :authorization, "Bearer", api_key
        f.request :json
        f.response :json
        f.response :raise_error
      end
    end

    def records(domain)
      out = []
      cursor = nil
      loop do
        params = { per_page: 500 }
        params[:cursor] = cursor if cursor
        body = @conn.get("domains/#{domain}/records", params).body
        out.concat(body["records"])
        cursor = body.dig("meta", "links", "next")
        break if cursor.nil? || cursor.empty?
      end
      out
    end

    def upsert(domain, name:, type:, data:, ttl: 300)
      existing = records(domain).find { |r| r["name"] == name && r["type"] == type }
      payload = { name: name, type: type, data: data, ttl: ttl }
      if existing
        @conn.patch("domains/#{domain}/records/#{existing['id']}", payload)
      else
        @conn.post("domains/#{domain}/records", payload)
      end
    end

    def delete(domain, record_id)
      @conn.delete("domains/#{domain}/records/#{record_id}")
    end
  end
end
