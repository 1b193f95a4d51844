# frozen_string_literal: true

require "cloudflare_rb"
require "webmock/rspec"
require "vcr"

# Block real HTTP except to the local mock server started in spec/support.
WebMock.disable_net_connect!(allow_localhost: true)

VCR.configure do |c|
  c.cassette_library_dir = File.expand_path("cassettes", __dir__)
  c.hook_into :webmock
  c.configure_rspec_metadata!
  c.default_cassette_options = { record: :once, match_requests_on: %i[method uri body] }

  # Never write the token into a cassette.
  c.filter_sensitive_data("<CLOUDFLARE_API_TOKEN>") { ENV.fetch("CLOUDFLARE_API_TOKEN", "test-token") }
  c.filter_sensitive_data("<CLOUDFLARE_ACCOUNT_ID>") { ENV.fetch("CLOUDFLARE_ACCOUNT_ID", "0" * 32) }
  c.ignore_localhost = true
end

Dir[File.expand_path("support/**/*.rb", __dir__)].sort.each { |f| require f }

RSpec.configure do |config|
  config.expect_with(:rspec) { |e| e.syntax = :expect }
  config.filter_run_excluding :live unless ENV["CF_LIVE"] == "1"
  config.order = :random

  config.before(:each) do
    stub_const("ENV", ENV.to_h.merge("CLOUDFLARE_API_TOKEN" => ENV.fetch("CLOUDFLARE_API_TOKEN", "test-token")))
  end
end
