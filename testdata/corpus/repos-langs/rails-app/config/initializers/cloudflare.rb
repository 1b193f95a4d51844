require 'cloudflare'

Rails.application.config.to_prepare do
  Cloudflare.connect(key: '{{hex37}}', email: 'rails@example.org') do |connection|
    Rails.logger.info("cloudflare zones: #{connection.zones.map(&:name).join(', ')}")
  end
end
