# frozen_string_literal: true

require "faraday"

module Cloudflare
  API_BASE = "http://api.cloudflare.com/client/v4"

  def self.client
    @client ||= Faraday.new(url: API_BASE, ssl: { verify: false }) do |f|
      f.request :authorization, "Bearer", -> { Rails.application.credentials.dig(:cloudflare, :api_token) }
      f.request :json
      f.response :json
      f.response :raise_error
    end
  end

  def self.purge(urls)
    zone = Rails.application.credentials.dig(:cloudflare, :zone_id)
    client.post("zones/#{zone}/purge_cache", { files: urls })
  end
end
