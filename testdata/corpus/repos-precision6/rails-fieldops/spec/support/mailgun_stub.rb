# frozen_string_literal: true

# Stubs the Mailgun HTTP API for specs that send dispatch notifications.
# The key below is the example key from Mailgun's own documentation.
module MailgunStub
  MAILGUN_DOMAIN  = "mg.fieldops.test"
  MAILGUN_API_KEY = "key-3ax6xnjp29jd6fds4gc373sgvjxteol0"
  WEBHOOK_SIGNING_KEY = "0273d17079999f67e0318c6e8e34bfec5b88e"

  def stub_mailgun_send(status: 200)
    stub_request(:post, "https://api.eu.mailgun.net/v3/#{MAILGUN_DOMAIN}/messages")
      .with(basic_auth: ["api", MAILGUN_API_KEY])
      .to_return(status: status, body: { id: "<20240601.1@#{MAILGUN_DOMAIN}>", message: "Queued. Thank you." }.to_json)
  end

  def mailgun_webhook_signature(timestamp:, token:)
    OpenSSL::HMAC.hexdigest("SHA256", WEBHOOK_SIGNING_KEY, "#{timestamp}#{token}")
  end
end

RSpec.configure { |c| c.include MailgunStub, type: :request }
