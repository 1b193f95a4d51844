# frozen_string_literal: true

require 'vcr'
require 'webmock/rspec'

# Cassettes under spec/cassettes/cloudflare were recorded with a real token;
# VCR replaces it with a placeholder on record, so nothing secret is committed.
VCR.configure do |c|
  c.cassette_library_dir = 'spec/cassettes'
  c.hook_into :webmock
  c.configure_rspec_metadata!
  c.filter_sensitive_data('<CLOUDFLARE_TOKEN>') { ENV.fetch('CLOUDFLARE_TOKEN', 'test-token') }
  c.filter_sensitive_data('<CLOUDFLARE_KEY>') { ENV['CLOUDFLARE_KEY'] }
  c.filter_sensitive_data('<CLOUDFLARE_EMAIL>') { ENV['CLOUDFLARE_EMAIL'] }
  c.default_cassette_options = {
    record: ENV['VCR_RECORD'] ? :new_episodes : :none,
    match_requests_on: %i[method uri]
  }
end

module CloudflareHelper
  ZONE_ID = '{{hex32#z1}}'

  def with_cloudflare(&block)
    Cloudflare.connect(token: ENV.fetch('CLOUDFLARE_TOKEN', 'test-token'), &block)
  end

  def stub_zone_lookup(name = 'northwind-retail.com')
    stub_request(:get, 'https://api.cloudflare.com/client/v4/zones')
      .with(query: hash_including('name' => name))
      .to_return(
        status: 200,
        headers: { 'Content-Type' => 'application/json' },
        body: { success: true, errors: [], messages: [],
                result: [{ id: ZONE_ID, name: name, status: 'active' }] }.to_json
      )
  end
end

RSpec.configure do |config|
  config.include CloudflareHelper, :cloudflare
end
