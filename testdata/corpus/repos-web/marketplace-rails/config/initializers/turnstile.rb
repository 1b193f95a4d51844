# frozen_string_literal: true

Rails.application.config.x.turnstile = ActiveSupport::OrderedOptions.new.tap do |t|
  if Rails.env.production?
    t.site_key   = Rails.application.credentials.dig(:cloudflare, :turnstile, :site_key)
    t.secret_key = Rails.application.credentials.dig(:cloudflare, :turnstile, :secret_key)
  else
    # https://developers.cloudflare.com/turnstile/troubleshooting/testing/
    t.site_key   = "1x00000000000000000000AA"
    t.secret_key = "1x0000000000000000000000000000000AA"
  end
  t.verify_url = "https://challenges.cloudflare.com/turnstile/v0/siteverify"
end
