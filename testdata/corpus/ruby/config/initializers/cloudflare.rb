# frozen_string_literal: true

Rails.application.config.x.cloudflare = ActiveSupport::OrderedOptions.new.tap do |c|
  c.zone_id = ENV.fetch('CLOUDFLARE_ZONE_ID', '{{hex32}}')
  c.api_token = ENV['CLOUDFLARE_API_TOKEN'] || '{{tok40}}'
  c.turnstile_site_key = ENV['TURNSTILE_SITE_KEY']
end
