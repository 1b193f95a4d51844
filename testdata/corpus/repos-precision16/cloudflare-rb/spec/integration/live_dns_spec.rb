# frozen_string_literal: true

require "spec_helper"

# Live round-trip against the real Cloudflare API. Run with:
#   CF_LIVE=1 bundle exec rspec spec/integration   (export the e2e account credentials first)
RSpec.describe "live DNS round-trip", :live do
  before(:all) do
    WebMock.allow_net_connect!
    VCR.turn_off!(ignore_cassettes: true)
  end

  after(:all) do
    VCR.turn_on!
    WebMock.disable_net_connect!(allow_localhost: true)
  end

  let(:zone_id) { ENV.fetch("CF_TEST_ZONE_ID") }
  let(:record_name) { "rspec-#{SecureRandom.hex(4)}.example.com" }

  let(:conn) do
    Faraday.new(url: "https://api.cloudflare.com/client/v4/") do |f|
      f.request :json
      f.response :json
      f.headers["X-Auth-Email"] = ENV.fetch("CLOUDFLARE_EMAIL")
      f.headers["X-Auth-Key"] = ENV.fetch("CLOUDFLARE_API_KEY")
    end
  end

  it "creates, reads and deletes an A record" do
    created = conn.post("zones/#{zone_id}/dns_records",
                        { type: "A", name: record_name, content: "192.0.2.55", ttl: 120 }).body
    expect(created["success"]).to be(true)
    id = created.dig("result", "id")

    fetched = conn.get("zones/#{zone_id}/dns_records/#{id}").body
    expect(fetched.dig("result", "content")).to eq("192.0.2.55")
  ensure
    conn.delete("zones/#{zone_id}/dns_records/#{id}") if id
  end
end
