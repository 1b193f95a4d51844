# frozen_string_literal: true

require "bundler/setup"
require "cloudflare_rb"
require "vcr"
require "webmock/rspec"

Dir[File.join(__dir__, "support", "**", "*.rb")].sort.each { |f| require f }

# Anything that talks to the network must go through a cassette; the local
# Prism mock (bin/mock) is the only exception.
WebMock.disable_net_connect!(allow_localhost: true)

VCR.configure do |c|
  c.cassette_library_dir = File.join(__dir__, "fixtures", "vcr_cassettes")
  c.hook_into :webmock
  c.configure_rspec_metadata!
  c.ignore_localhost = true
  c.default_cassette_options = {
    record: ENV.fetch("VCR_RECORD", "none").to_sym,
    match_requests_on: %i[method uri body],
    decode_compressed_response: true
  }

  # Values are looked up at record time and replaced with the placeholder on
  # disk. When replaying, ENV is unset and the block returns nil (no-op).
  c.filter_sensitive_data("<CLOUDFLARE_API_TOKEN>") { ENV["CLOUDFLARE_API_TOKEN"] }
  c.filter_sensitive_data("<CLOUDFLARE_ACCOUNT_ID>") { ENV["CLOUDFLARE_ACCOUNT_ID"] }
  c.filter_sensitive_data("<CLOUDFLARE_EMAIL>") { ENV["CLOUDFLARE_EMAIL"] }

  # Legacy key auth is gone from the client, but never persist it if some
  # old code path still sends it; also drop per-request noise.
  c.before_record do |interaction|
    interaction.request.headers.delete("X-Auth-Key")
    interaction.request.headers.delete("X-Auth-Email")
    interaction.response.headers.delete("Set-Cookie")
    interaction.response.headers.delete("Cf-Ray")
  end
end

RSpec.configure do |config|
  config.example_status_persistence_file_path = ".rspec_status"
  config.disable_monkey_patching!
  config.expect_with(:rspec) { |c| c.syntax = :expect }

  config.before do
    CloudflareRb.reset_configuration!
  end

  config.include WebmockHelpers, type: :unit
end

def test_client(token: ENV.fetch("CLOUDFLARE_API_TOKEN", "replay-token"))
  CloudflareRb::Client.new(api_token: token)
end
