# frozen_string_literal: true

# Shared Faraday connection for the Cloudflare API (cache purge, Images uploads).
# The token lives in encrypted credentials: bin/rails credentials:edit -e production
Rails.application.config.to_prepare do
  token = Rails.application.credentials.dig(:cloudflare, :api_token) || ENV["CLOUDFLARE_API_TOKEN"]

  if token.blank? && Rails.env.production?
    Rails.logger.warn("[cloudflare] no API token configured; cache purge disabled")
  end

  CloudflareApi.connection = Faraday.new(url: "https://api.cloudflare.com/client/v4") do |f|
    f.request :authorization, "Bearer", -> { token }
    f.request :json
    f.response :json
    f.response :raise_error
    f.options.timeout = 10
  end

  CloudflareApi.zone_id = Rails.application.credentials.dig(:cloudflare, :zone_id) || Settings.cloudflare.zone_id
end
